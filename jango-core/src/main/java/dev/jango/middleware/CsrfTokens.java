package dev.jango.middleware;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Django's CSRF token arithmetic: 32-character secrets over letters and digits, and 64-character masked
 * tokens (a random mask, then each secret character shifted by the mask's) so the token on a page changes
 * every request (against BREACH) while the secret stays.
 */
final class CsrfTokens {

    static final String CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final int SECRET_LENGTH = 32;
    static final int TOKEN_LENGTH = 2 * SECRET_LENGTH;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {}

    static String newSecret() {
        return random(SECRET_LENGTH);
    }

    static String mask(String secret) {
        String mask = random(SECRET_LENGTH);
        StringBuilder token = new StringBuilder(TOKEN_LENGTH).append(mask);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int x = CHARS.indexOf(secret.charAt(i));
            int y = CHARS.indexOf(mask.charAt(i));
            token.append(CHARS.charAt((x + y) % CHARS.length()));
        }
        return token.toString();
    }

    static String unmask(String token) {
        StringBuilder secret = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int x = CHARS.indexOf(token.charAt(SECRET_LENGTH + i));
            int y = CHARS.indexOf(token.charAt(i));
            secret.append(CHARS.charAt(Math.floorMod(x - y, CHARS.length())));
        }
        return secret.toString();
    }

    /** Null when {@code token} is well formed (32 or 64 of the allowed characters), else what is wrong with it. */
    static String formatProblem(String token) {
        if (token.length() != SECRET_LENGTH && token.length() != TOKEN_LENGTH) {
            return "has incorrect length";
        }
        for (int i = 0; i < token.length(); i++) {
            if (CHARS.indexOf(token.charAt(i)) < 0) {
                return "has invalid characters";
            }
        }
        return null;
    }

    /** Whether a well-formed request token (masked or not) carries {@code secret}; constant time. */
    static boolean matches(String requestToken, String secret) {
        String given = requestToken.length() == TOKEN_LENGTH ? unmask(requestToken) : requestToken;
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                secret.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = CHARS.charAt(RANDOM.nextInt(CHARS.length()));
        }
        return new String(out);
    }
}
