package dev.jango.http;

import java.util.ArrayList;
import java.util.List;

/** Parses a {@code Range: bytes=...} header (RFC 9110 14.2) against a representation's length. */
final class ByteRanges {

    /** More ranges than this and the header is ignored (the whole file is sent), against range abuse. */
    static final int MAX_RANGES = 50;

    /** One satisfiable range: {@code length} bytes from {@code start}. */
    record Range(long start, long length) {
        long end() {
            return start + length - 1;
        }
    }

    private ByteRanges() {}

    /**
     * The satisfiable ranges of {@code header} for a body of {@code size} bytes: null when the header is
     * absent, malformed, not in bytes, or asks for too many ranges (send the whole body); an empty list when
     * no range is satisfiable (answer 416).
     */
    static List<Range> parse(String header, long size) {
        if (header == null) {
            return null;
        }
        String spec = header.strip();
        if (!spec.regionMatches(true, 0, "bytes=", 0, 6)) {
            return null;
        }
        String[] parts = spec.substring(6).split(",", -1);
        if (parts.length > MAX_RANGES) {
            return null;
        }
        List<Range> ranges = new ArrayList<>(parts.length);
        for (String part : parts) {
            String range = part.strip();
            int dash = range.indexOf('-');
            if (dash < 0) {
                return null;
            }
            String first = range.substring(0, dash).strip();
            String last = range.substring(dash + 1).strip();
            try {
                if (first.isEmpty()) { // suffix: the last N bytes
                    long n = digits(last);
                    if (n > 0 && size > 0) {
                        long length = Math.min(n, size);
                        ranges.add(new Range(size - length, length));
                    }
                } else {
                    long start = digits(first);
                    long end = last.isEmpty() ? size - 1 : digits(last);
                    if (end < start) {
                        return null; // syntactically invalid: ignore the header
                    }
                    if (start < size) {
                        ranges.add(new Range(start, Math.min(end, size - 1) - start + 1));
                    }
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ranges;
    }

    private static long digits(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NumberFormatException(text);
        }
        return Long.parseLong(text);
    }
}
