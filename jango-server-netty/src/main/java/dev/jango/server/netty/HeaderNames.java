package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.US_ASCII;

import io.netty.buffer.ByteBuf;

/**
 * Header names as Strings without allocating for the common ones: a field spelled exactly like one of these
 * (as browsers and HTTP clients send them) reuses the constant; any other spelling gets its own String.
 */
final class HeaderNames {

    private static final String[] COMMON = {
        "Host", "host", "Accept", "accept", "User-Agent", "user-agent", "Connection", "connection",
        "Content-Length", "content-length", "Content-Type", "content-type", "Accept-Encoding", "accept-encoding",
        "Accept-Language", "accept-language", "Cookie", "cookie", "Referer", "referer", "Origin", "origin",
        "Cache-Control", "cache-control", "Upgrade-Insecure-Requests", "If-None-Match", "if-none-match",
        "If-Modified-Since", "if-modified-since", "Authorization", "authorization", "Transfer-Encoding",
        "X-Requested-With", "X-Forwarded-For", "X-Forwarded-Proto", "Sec-Fetch-Mode", "Sec-Fetch-Site",
        "Sec-Fetch-Dest", "Pragma", "Range", "Upgrade", "HTTP2-Settings", "Expect",
    };
    private static final byte[][] BYTES = new byte[COMMON.length][];
    /** For each length, the indexes into COMMON of names that long. */
    private static final int[][] BY_LENGTH = new int[32][];

    static {
        for (int i = 0; i < COMMON.length; i++) {
            BYTES[i] = COMMON[i].getBytes(US_ASCII);
        }
        for (int length = 0; length < BY_LENGTH.length; length++) {
            int n = length;
            BY_LENGTH[length] = java.util.stream.IntStream.range(0, COMMON.length)
                    .filter(i -> COMMON[i].length() == n).toArray();
        }
    }

    private HeaderNames() {}

    /** The name in {@code buf} at {@code [from, from + length)}, already checked to be a token. */
    static String name(ByteBuf buf, int from, int length) {
        if (length < BY_LENGTH.length) {
            candidates:
            for (int i : BY_LENGTH[length]) {
                byte[] known = BYTES[i];
                for (int j = 0; j < length; j++) {
                    if (buf.getByte(from + j) != known[j]) {
                        continue candidates;
                    }
                }
                return COMMON[i];
            }
        }
        return buf.toString(from, length, US_ASCII);
    }
}
