package dev.jango.urls;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the first declared pattern matching a path, without testing every pattern.
 *
 * <p>Built once at start-up. Patterns are indexed by their literal prefix (the text before the first
 * converter) in a character trie; a lookup walks the path once, collects the few patterns whose prefix the
 * path starts with, and tries them in declaration order. Lookup cost depends on the path and on how many
 * routes share its prefix, not on the number of routes.
 */
public final class UrlResolver {

    private final List<UrlPattern> patterns;
    private final Node root = new Node();

    private UrlResolver(List<UrlPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        for (int i = 0; i < this.patterns.size(); i++) {
            root.insert(this.patterns.get(i).literalPrefix(), 0, i);
        }
    }

    /** A resolver over {@code patterns}, in order. */
    public static UrlResolver of(List<UrlPattern> patterns) {
        return new UrlResolver(patterns);
    }

    /** The patterns, in declaration order. */
    public List<UrlPattern> patterns() {
        return patterns;
    }

    /**
     * Resolve a decoded path (starting with {@code /}) to the first pattern that matches it.
     *
     * @return the match, or null when no pattern matches
     */
    public ResolverMatch resolve(String pathInfo) {
        String path = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        // Candidate lists along the walk, each sorted by declaration order; merged lazily below.
        int[][] lists = new int[Math.min(path.length() + 1, 16)][];
        int listCount = 0;
        Node node = root;
        int depth = 0;
        while (node != null) {
            if (node.patterns.length > 0) {
                if (listCount == lists.length) {
                    lists = Arrays.copyOf(lists, listCount * 2);
                }
                lists[listCount++] = node.patterns;
            }
            if (depth == path.length()) {
                break;
            }
            node = node.child(path.charAt(depth++));
        }
        int[] cursors = new int[listCount];
        while (true) {
            int best = -1;
            int bestList = -1;
            for (int l = 0; l < listCount; l++) {
                if (cursors[l] < lists[l].length) {
                    int candidate = lists[l][cursors[l]];
                    if (best < 0 || candidate < best) {
                        best = candidate;
                        bestList = l;
                    }
                }
            }
            if (best < 0) {
                return null;
            }
            cursors[bestList]++;
            UrlPattern pattern = patterns.get(best);
            Kwargs kwargs = pattern.match(path);
            if (kwargs != null) {
                return new ResolverMatch(pattern.view(), kwargs, pattern);
            }
        }
    }

    /** A trie node: children by character, and the patterns whose literal prefix ends here. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private int[] patterns = new int[0];

        void insert(String prefix, int at, int pattern) {
            if (at == prefix.length()) {
                patterns = Arrays.copyOf(patterns, patterns.length + 1);
                patterns[patterns.length - 1] = pattern;
                return;
            }
            char c = prefix.charAt(at);
            Node next = child(c);
            if (next == null) {
                next = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = next;
            }
            next.insert(prefix, at + 1, pattern);
        }

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }
    }
}
