package dev.jango.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Django's {@code salted_hmac}: an HMAC whose key is the digest of a purpose-specific salt followed by the
 * secret, so values made for one purpose are useless for another.
 */
public final class SaltedHmac {

    private SaltedHmac() {}

    /** The SHA-256 salted HMAC of {@code value} for purpose {@code keySalt} under {@code secret}, as lower-case hex. */
    public static String hex(String keySalt, String value, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key(keySalt, secret, "SHA-256", "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    /** The key Django derives: {@code digest(keySalt + secret)}. */
    static SecretKeySpec key(String keySalt, String secret, String digestAlgorithm, String macAlgorithm) {
        try {
            MessageDigest digest = MessageDigest.getInstance(digestAlgorithm);
            digest.update(keySalt.getBytes(StandardCharsets.UTF_8));
            digest.update(secret.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(digest.digest(), macAlgorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(digestAlgorithm + " is not available in this JDK", e);
        }
    }
}
