package dev.jango.urls;

import java.util.Arrays;
import java.util.List;

/** A character trie over the endpoints' literal prefixes, yielding candidates in declaration order. */
final class PrefixIndex {

    private final Node root = new Node();

    PrefixIndex(List<String> prefixes) {
        for (int i = 0; i < prefixes.size(); i++) {
            root.insert(prefixes.get(i), 0, i);
        }
    }

    /** The endpoints whose literal prefix {@code path} starts with, lowest index first. */
    Candidates candidates(String path) {
        int[][] lists = new int[8][];
        int count = 0;
        Node node = root;
        int depth = 0;
        while (node != null) {
            if (node.endpoints.length > 0) {
                if (count == lists.length) {
                    lists = Arrays.copyOf(lists, count * 2);
                }
                lists[count++] = node.endpoints;
            }
            if (depth == path.length()) {
                break;
            }
            node = node.child(path.charAt(depth++));
        }
        return new Candidates(lists, count);
    }

    /** A k-way merge of the sorted endpoint lists met along the walk. */
    static final class Candidates {
        private final int[][] lists;
        private final int count;
        private final int[] cursors;

        Candidates(int[][] lists, int count) {
            this.lists = lists;
            this.count = count;
            this.cursors = new int[count];
        }

        /** The next endpoint index, or -1 when there are no more. */
        int next() {
            int best = -1;
            int bestList = -1;
            for (int l = 0; l < count; l++) {
                if (cursors[l] < lists[l].length) {
                    int candidate = lists[l][cursors[l]];
                    if (best < 0 || candidate < best) {
                        best = candidate;
                        bestList = l;
                    }
                }
            }
            if (bestList >= 0) {
                cursors[bestList]++;
            }
            return best;
        }
    }

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private int[] endpoints = new int[0];

        void insert(String prefix, int at, int endpoint) {
            if (at == prefix.length()) {
                endpoints = Arrays.copyOf(endpoints, endpoints.length + 1);
                endpoints[endpoints.length - 1] = endpoint;
                return;
            }
            char c = prefix.charAt(at);
            Node next = child(c);
            if (next == null) {
                next = new Node();
                int slot = -Arrays.binarySearch(keys, c) - 1;
                char[] k = new char[keys.length + 1];
                Node[] n = new Node[keys.length + 1];
                System.arraycopy(keys, 0, k, 0, slot);
                System.arraycopy(children, 0, n, 0, slot);
                k[slot] = c;
                n[slot] = next;
                System.arraycopy(keys, slot, k, slot + 1, keys.length - slot);
                System.arraycopy(children, slot, n, slot + 1, keys.length - slot);
                keys = k;
                children = n;
            }
            next.insert(prefix, at + 1, endpoint);
        }

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }
    }
}
