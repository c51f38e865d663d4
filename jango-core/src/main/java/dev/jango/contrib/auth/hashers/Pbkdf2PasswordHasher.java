package dev.jango.contrib.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2 with HMAC-SHA256, Django's default hasher: {@code pbkdf2_sha256$<iterations>$<salt>$<base64 hash>}.
 * Passwords are UTF-8; salts are 22 random letters and digits (128 bits), as Django makes them.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    /** Django 6.0's iteration count. */
    public static final int DEFAULT_ITERATIONS = 1_200_000;
    private static final String ALGORITHM = "pbkdf2_sha256";

    private final int iterations;

    /** Django's default iteration count. */
    public Pbkdf2PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** A hasher making hashes with {@code iterations} rounds (verifying any count). */
    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("PBKDF2 needs at least one iteration, not " + iterations);
        }
        this.iterations = iterations;
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public String salt() {
        return Salts.random(22);
    }

    @Override
    public String encode(String password, String salt) {
        return encode(password, salt, iterations);
    }

    @Override
    public boolean verify(String password, String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;
        }
        int rounds;
        try {
            rounds = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (rounds < 1) {
            return false;
        }
        return MessageDigest.isEqual(encode(password, parts[2], rounds).getBytes(StandardCharsets.UTF_8),
                encoded.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        return parts.length != 4 || !parts[1].equals(Integer.toString(iterations));
    }

    /** The iterations new hashes get. */
    public int iterations() {
        return iterations;
    }

    private static String encode(String password, String salt, int rounds) {
        if (salt.contains("$")) {
            throw new IllegalArgumentException("A salt must not contain '$'");
        }
        byte[] hash = pbkdf2(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8), rounds);
        return ALGORITHM + "$" + rounds + "$" + salt + "$" + Base64.getEncoder().encodeToString(hash);
    }

    /** PBKDF2-HMAC-SHA256, one 32-byte block, over raw bytes (the JDK's PBEKeySpec takes chars, not UTF-8 bytes). */
    private static byte[] pbkdf2(byte[] password, byte[] salt, int rounds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // HMAC pads keys with zeros, so an empty key equals a single zero byte (the JDK refuses empty keys)
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA256"));
            mac.update(salt);
            mac.update(new byte[] {0, 0, 0, 1});
            byte[] u = mac.doFinal();
            byte[] result = u.clone();
            for (int i = 1; i < rounds; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= u[j];
                }
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
