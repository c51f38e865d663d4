package dev.jango.management;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean ...?" for a mistyped command name. */
final class Suggestions {

    private Suggestions() {}

    /** " Did you mean check?" naming the closest of {@code names} to {@code typed}, or "" when none is close. */
    static String didYouMean(String typed, Collection<String> names) {
        List<String> close = closeMatches(typed, names);
        return close.isEmpty() ? "" : " Did you mean " + String.join(" or ", close) + "?";
    }

    /** The names at most a third of their length (at least 1, at most 3 edits) away, or starting with it; closest first. */
    static List<String> closeMatches(String typed, Collection<String> names) {
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        return names.stream()
                .filter(name -> distance(lower, name) <= Math.min(3, Math.max(1, name.length() / 3))
                        || (lower.length() >= 3 && name.startsWith(lower)))
                .sorted(Comparator.comparingInt((String name) -> distance(lower, name)).thenComparing(name -> name))
                .limit(3)
                .toList();
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
