package dev.jango.http;

import dev.jango.core.exceptions.BadRequest;
import dev.jango.core.exceptions.RequestDataTooBig;
import dev.jango.core.exceptions.TooManyFieldsSent;
import dev.jango.http.QueryDict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Parses {@code application/x-www-form-urlencoded} bodies and query strings with Django's limits.
 *
 * <p>Decoding is {@link QueryDict}'s: {@code +} is a space, malformed escapes are kept, bad bytes become
 * U+FFFD. A body is decoded with the {@code charset} of its Content-Type (UTF-8 when absent or unknown;
 * the charset must be ASCII-compatible, as every form encoding browsers use is). Fields are counted as
 * Django counts them: one more than the number of {@code &}, empty fields included.
 */
final class UrlEncodedParser {

    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private UrlEncodedParser() {}

    /**
     * Read and parse {@code body}, whose {@code Content-Type} header is {@code contentType} and whose declared
     * length is {@code contentLength} (-1 when unknown: then the body is read to its end). No more than the
     * smaller of {@code dataUploadMaxMemorySize} and {@code maxUploadSize} bytes, plus one, are ever read.
     *
     * @throws RequestDataTooBig when the body is larger than {@code dataUploadMaxMemorySize} or
     *     {@code maxUploadSize}; a declared length is checked before anything is read
     * @throws TooManyFieldsSent when it has more fields than {@code dataUploadMaxNumberFields}
     * @throws BadRequest when the body cannot be read or ends before {@code contentLength} bytes
     */
    public static QueryDict parse(InputStream body, String contentType, long contentLength, UploadLimits limits) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(limits, "limits");
        Charset charset = HeaderValue.parse(contentType == null ? "" : contentType).charset(StandardCharsets.UTF_8);
        checkSize(contentLength, limits);
        long cap = cap(limits);
        byte[] bytes = contentLength >= 0 ? readDeclared(body, contentLength) : readToEnd(body, cap);
        checkSize(bytes.length, limits);
        return decode(bytes, charset, limits.dataUploadMaxNumberFields());
    }

    /**
     * Parse urlencoded {@code bytes} in {@code charset} (ASCII-compatible), after checking they have at most
     * {@code maxNumberFields} fields (negative: no limit).
     *
     * @throws TooManyFieldsSent when they have more
     */
    static QueryDict decode(byte[] bytes, Charset charset, int maxNumberFields) {
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        String text = new String(bytes, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        checkFieldCount(text, maxNumberFields);
        return utf8 ? QueryDict.parse(text) : decode(text, charset);
    }

    /**
     * Parse a raw query string (without {@code ?}) after checking its number of fields, as Django does for
     * {@code request.GET}.
     *
     * @throws TooManyFieldsSent when it has more than {@code maxNumberFields} fields (negative: no limit)
     */
    public static QueryDict parseQuery(String rawQuery, int maxNumberFields) {
        checkFieldCount(rawQuery, maxNumberFields);
        return QueryDict.parse(rawQuery);
    }

    /**
     * Check that urlencoded {@code encoded} has at most {@code maxNumberFields} fields (negative: no limit),
     * counting one more than its {@code &}s, as Django does; {@code ""} and null have none.
     *
     * @throws TooManyFieldsSent when it has more
     */
    public static void checkFieldCount(String encoded, int maxNumberFields) {
        if (maxNumberFields < 0 || encoded == null || encoded.isEmpty()) {
            return;
        }
        int fields = 1;
        for (int i = encoded.indexOf('&'); i >= 0; i = encoded.indexOf('&', i + 1)) {
            if (++fields > maxNumberFields) {
                break;
            }
        }
        if (fields > maxNumberFields) {
            throw new TooManyFieldsSent("The number of GET/POST parameters exceeded dataUploadMaxNumberFields ("
                    + maxNumberFields + ")");
        }
    }

    private static void checkSize(long length, UploadLimits limits) {
        if (limits.dataUploadMaxMemorySize() >= 0 && length > limits.dataUploadMaxMemorySize()) {
            throw new RequestDataTooBig("Request body exceeded dataUploadMaxMemorySize ("
                    + limits.dataUploadMaxMemorySize() + " bytes)");
        }
        if (limits.maxUploadSize() >= 0 && length > limits.maxUploadSize()) {
            throw new RequestDataTooBig("Request body exceeded maxUploadSize (" + limits.maxUploadSize() + " bytes)");
        }
        if (length >= MAX_ARRAY) {
            throw new RequestDataTooBig("Request body is too large to parse as a form (" + length + " bytes)");
        }
    }

    private static long cap(UploadLimits limits) {
        long cap = MAX_ARRAY - 1;
        if (limits.dataUploadMaxMemorySize() >= 0) {
            cap = Math.min(cap, limits.dataUploadMaxMemorySize());
        }
        if (limits.maxUploadSize() >= 0) {
            cap = Math.min(cap, limits.maxUploadSize());
        }
        return cap;
    }

    /** Exactly {@code length} bytes (already checked against the limits); never reads past them. */
    private static byte[] readDeclared(InputStream body, long length) {
        try {
            byte[] bytes = body.readNBytes((int) Math.min(length, MAX_ARRAY));
            if (bytes.length < length) {
                throw new BadRequest("The request body ended after " + bytes.length + " of the " + length
                        + " bytes its Content-Length announced");
            }
            return bytes;
        } catch (IOException | UncheckedIOException e) {
            throw new BadRequest("The request body could not be read: " + e.getMessage(), e);
        }
    }

    /** The bytes up to the end of {@code body}, or {@code cap + 1} of them when it is longer. */
    private static byte[] readToEnd(InputStream body, long cap) {
        int max = (int) (cap + 1);
        byte[] buf = new byte[Math.min(8192, max)];
        int n = 0;
        try {
            while (true) {
                if (n == buf.length) {
                    if (n == max) {
                        break;
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(2L * n, max));
                }
                int read = body.read(buf, n, buf.length - n);
                if (read < 0) {
                    break;
                }
                n += read;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BadRequest("The request body could not be read: " + e.getMessage(), e);
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    /** Decode {@code latin1} (the body's bytes, one char each) with {@code charset}. */
    private static QueryDict decode(String latin1, Charset charset) {
        Fields fields = new Fields();
        int start = 0;
        while (start <= latin1.length()) {
            int end = latin1.indexOf('&', start);
            end = end < 0 ? latin1.length() : end;
            if (end > start) {
                int eq = latin1.indexOf('=', start);
                boolean paired = eq >= 0 && eq < end;
                fields.add(unquote(latin1, start, paired ? eq : end, charset),
                        paired ? unquote(latin1, eq + 1, end, charset) : "");
            }
            start = end + 1;
        }
        return fields.build();
    }

    private static String unquote(String latin1, int from, int to, Charset charset) {
        if (plainAscii(latin1, from, to) && asciiCompatible(charset)) {
            return latin1.substring(from, to); // nothing to decode: the bytes are the characters
        }
        byte[] bytes = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = latin1.charAt(i);
            int hi = c == '%' && i + 2 < to ? hex(latin1.charAt(i + 1)) : -1;
            int lo = hi < 0 ? -1 : hex(latin1.charAt(i + 2));
            if (lo >= 0) {
                bytes[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else {
                bytes[n++] = (byte) (c == '+' ? ' ' : c);
            }
        }
        return new String(bytes, 0, n, charset);
    }

    /** True when {@code latin1[from, to)} is ASCII with no {@code %} or {@code +}: its decoding is itself. */
    private static boolean plainAscii(String latin1, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = latin1.charAt(i);
            if (c >= 0x80 || c == '%' || c == '+') {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiCompatible(Charset charset) {
        return charset == StandardCharsets.UTF_8 || charset == StandardCharsets.ISO_8859_1
                || charset == StandardCharsets.US_ASCII;
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
