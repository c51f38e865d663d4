package dev.jango.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Password hashing in Django's {@code pbkdf2_sha256$iterations$salt$hash} format (interim, single hasher). */
public final class PasswordHashers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final int iterations;

    private PasswordHashers(int iterations) {
        this.iterations = iterations;
    }

    /** PBKDF2-SHA256 with Django's iteration count. */
    public static PasswordHashers defaults() {
        return new PasswordHashers(1_200_000);
    }

    /** A fast preset for test suites only. */
    public static PasswordHashers forTests() {
        return new PasswordHashers(1);
    }

    /** Encode {@code password} with a fresh salt. */
    public String make(String password) {
        char[] alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
        char[] salt = new char[22];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return encode(password, new String(salt), iterations);
    }

    /** Whether {@code password} matches {@code encoded}; {@code upgrade} gets a new hash when the old one is weaker. */
    public boolean check(String password, String encoded, Consumer<String> upgrade) {
        if (encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals("pbkdf2_sha256")) {
            return false;
        }
        int stored = Integer.parseInt(parts[1]);
        boolean ok = MessageDigest.isEqual(encode(password, parts[2], stored).getBytes(StandardCharsets.US_ASCII),
                encoded.getBytes(StandardCharsets.US_ASCII));
        if (ok && stored != iterations) {
            upgrade.accept(make(password));
        }
        return ok;
    }

    private static String encode(String password, String salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), iterations, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "pbkdf2_sha256$" + iterations + "$" + salt + "$" + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
