package dev.jango.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Percent-decoding of URL parts as UTF-8: strict for paths, lenient for query strings and forms. */
final class PercentDecoding {

    private PercentDecoding() {}

    /**
     * Decode {@code text} strictly: a {@code %} not followed by two hex digits, or bytes that are not UTF-8,
     * throw {@link IllegalArgumentException} with a message saying what is wrong.
     */
    static String decodePath(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 2 < text.length() ? hex(text.charAt(i + 1)) : -1;
                int lo = hi >= 0 ? hex(text.charAt(i + 2)) : -1;
                if (lo < 0) {
                    throw new IllegalArgumentException("malformed percent-encoding at offset " + i);
                }
                bytes[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                throw new IllegalArgumentException("non-ASCII character in the encoded path at offset " + i);
            }
        }
        return utf8(bytes, n, CodingErrorAction.REPORT);
    }

    /**
     * Decode {@code text} leniently, as browsers and Django do for query strings and urlencoded forms:
     * {@code +} is a space when {@code plusIsSpace}, malformed escapes are kept as they are, and bytes that
     * are not UTF-8 become U+FFFD.
     */
    static String decodeLenient(String text, int from, int to, boolean plusIsSpace) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%' || (c == '+' && plusIsSpace)) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        byte[] pending = null;
        int pendingCount = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int hi;
            int lo;
            if (c == '%' && i + 2 < to && (hi = hex(text.charAt(i + 1))) >= 0
                    && (lo = hex(text.charAt(i + 2))) >= 0) {
                if (pending == null) {
                    pending = new byte[(to - i) / 3 + 1];
                }
                pending[pendingCount++] = (byte) (hi << 4 | lo);
                i += 2;
                continue;
            }
            if (pendingCount > 0) {
                out.append(utf8(pending, pendingCount, CodingErrorAction.REPLACE));
                pendingCount = 0;
            }
            out.append(c == '+' && plusIsSpace ? ' ' : c);
        }
        if (pendingCount > 0) {
            out.append(utf8(pending, pendingCount, CodingErrorAction.REPLACE));
        }
        return out.toString();
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static String utf8(byte[] bytes, int length, CodingErrorAction onError) {
        if (onError == CodingErrorAction.REPLACE) {
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(onError)
                .onUnmappableCharacter(onError);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("percent-encoded bytes are not valid UTF-8", e);
        }
    }
}
