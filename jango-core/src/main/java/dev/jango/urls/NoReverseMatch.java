package dev.jango.urls;

import java.io.Serial;

/** {@code reverse()} found no pattern for the name and arguments given; the message lists what was tried. */
public class NoReverseMatch extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A failed reverse, explained by {@code message}. */
    public NoReverseMatch(String message) {
        super(message);
    }
}
