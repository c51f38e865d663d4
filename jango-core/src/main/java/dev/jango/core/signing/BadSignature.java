package dev.jango.core.signing;

/**
 * A signed value that does not verify: missing separator, wrong signature, or malformed content behind it.
 *
 * <p>The message says what is wrong, never what the signature should have been.
 */
public class BadSignature extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Make the exception with a message saying what is wrong. */
    public BadSignature(String message) {
        super(message);
    }

    /** Make the exception with a message and the failure that revealed it. */
    public BadSignature(String message, Throwable cause) {
        super(message, cause);
    }
}
