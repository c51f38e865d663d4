package dev.jango.contrib.sessions;

import java.security.SecureRandom;

/** Random session keys for server-side stores: 32 characters of {@code [a-z0-9]}, about 165 bits. */
public final class SessionKeys {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The length of every key this class makes. */
    public static final int LENGTH = 32;

    private SessionKeys() {}

    /** A new random key. */
    public static String newKey() {
        char[] key = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            key[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(key);
    }

    /** Whether {@code key} has the shape of a key this class makes; anything else is never looked up. */
    public static boolean isWellFormed(String key) {
        if (key == null || key.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
