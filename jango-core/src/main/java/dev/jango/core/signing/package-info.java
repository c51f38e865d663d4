/**
 * Django-compatible signing: {@link dev.jango.core.signing.Signer}, {@link dev.jango.core.signing.TimestampSigner}
 * and {@link dev.jango.core.signing.Signing#dumps} / {@link dev.jango.core.signing.Signing#loads}.
 *
 * <p>Values signed here verify in Django with the same secret key and salt, and the other way round: the key is
 * derived like Django's {@code salted_hmac}, signatures are HMAC-SHA256 in unpadded base64url, timestamps are
 * base62 seconds. Every failure to verify, whatever its cause, is a {@link dev.jango.core.signing.BadSignature}.
 */
package dev.jango.core.signing;
