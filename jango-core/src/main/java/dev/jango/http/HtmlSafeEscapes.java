package dev.jango.http;

import java.io.Serial;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * Escapes the characters that would let JSON break out of an HTML script element or attribute (Django's
 * {@code json_script} escapes the first three): {@code <}, {@code >}, {@code &} and {@code '} become
 * <code>&#92;u003c</code>, <code>&#92;u003e</code>, <code>&#92;u0026</code> and <code>&#92;u0027</code>. Jackson
 * also asks here for every character past ASCII, escaped the same way, so the output is ASCII, as Python's
 * {@code json.dumps} (what Django's {@code JsonResponse} uses) writes it. Control characters get JSON's standard
 * escapes.
 */
final class HtmlSafeEscapes extends CharacterEscapes {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final SerializedString LT = new SerializedString("\\u003c");
    private static final SerializedString GT = new SerializedString("\\u003e");
    private static final SerializedString AMP = new SerializedString("\\u0026");
    private static final SerializedString APOS = new SerializedString("\\u0027");

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final int[] escapes;

    HtmlSafeEscapes() {
        escapes = standardAsciiEscapesForJSON();
        escapes['<'] = ESCAPE_CUSTOM;
        escapes['>'] = ESCAPE_CUSTOM;
        escapes['&'] = ESCAPE_CUSTOM;
        escapes['\''] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case '<' -> LT;
            case '>' -> GT;
            case '&' -> AMP;
            case '\'' -> APOS;
            default -> unicodeEscape(ch); // past ASCII: é is \\u00e9
        };
    }

    private static SerializedString unicodeEscape(int ch) {
        return new SerializedString(new String(new char[] {
            '\\', 'u', HEX[ch >> 12 & 0xF], HEX[ch >> 8 & 0xF], HEX[ch >> 4 & 0xF], HEX[ch & 0xF]}));
    }
}
