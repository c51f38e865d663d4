package dev.jango.contrib.auth.management;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Django's four default password validators, for the commands that set passwords: minimum length (8), not
 * too similar to the username or email, not a common password, not entirely numeric.
 */
final class PasswordValidation {

    static final int MIN_LENGTH = 8;
    /** Django's {@code UserAttributeSimilarityValidator} default: similar from 0.7 up. */
    static final double MAX_SIMILARITY = 0.7;

    private static final Set<String> COMMON = load();

    private PasswordValidation() {}

    /** Why {@code password} is weak for this user, Django's sentences; empty when it passes. */
    static List<String> problems(String password, String username, String email) {
        List<String> problems = new ArrayList<>();
        if (tooSimilar(password, username) || tooSimilar(password, localPart(email))) {
            problems.add("The password is too similar to the " + (tooSimilar(password, username) ? "username"
                    : "email address") + ".");
        }
        if (password.length() < MIN_LENGTH) {
            problems.add("This password is too short. It must contain at least " + MIN_LENGTH + " characters.");
        }
        if (COMMON.contains(password.strip().toLowerCase(Locale.ROOT))) {
            problems.add("This password is too common.");
        }
        if (!password.isEmpty() && password.chars().allMatch(Character::isDigit)) {
            problems.add("This password is entirely numeric.");
        }
        return problems;
    }

    /** Whether one contains the other (3 characters or more), or they are at least 70% alike by edit distance. */
    static boolean tooSimilar(String password, String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return false;
        }
        String p = password.toLowerCase(Locale.ROOT);
        String a = attribute.toLowerCase(Locale.ROOT);
        if (a.length() >= 3 && p.contains(a) || p.length() >= 3 && a.contains(p)) {
            return true;
        }
        int longest = Math.max(p.length(), a.length());
        double similarity = 1.0 - (double) levenshtein(p, a) / longest;
        return similarity >= MAX_SIMILARITY;
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordValidation.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from jango-manage's jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
