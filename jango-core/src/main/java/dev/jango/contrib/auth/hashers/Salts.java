package dev.jango.contrib.auth.hashers;

import java.security.SecureRandom;

/** Random strings of letters and digits, like Django's {@code get_random_string}. */
final class Salts {

    private static final String CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Salts() {}

    static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = CHARS.charAt(RANDOM.nextInt(CHARS.length()));
        }
        return new String(out);
    }
}
