package dev.jango.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jango.core.exceptions.BadRequest;

/**
 * The JSON mapper Jango uses for {@link JsonResponse} and {@code request.json(...)}: Jackson, with records and
 * java.time supported, unknown properties refused, and {@code <}, {@code >}, {@code &} and {@code '} escaped
 * so that JSON output can sit inside HTML.
 */
public final class Json {

    // Jackson's default buffer pool is per thread, and every request has a new (virtual) thread: share one pool.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .findAndAddModules()
            .build();

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private Json() {}

    /** The shared, thread-safe mapper. Configure a copy ({@code mapper().copy()}) rather than this one. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Escapes the characters that would let JSON break out of an HTML script element or attribute. */
    /**
     * A request body parsed as JSON into {@code type}.
     *
     * @throws BadRequest when it is empty or not JSON of that shape, saying where and why
     */
    static <T> T readBody(byte[] bytes, Class<T> type) {
        if (bytes.length == 0) {
            throw new BadRequest("The request body is empty; expected JSON");
        }
        try {
            return MAPPER.readValue(bytes, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new BadRequest("Malformed JSON body" + where + ": " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new BadRequest("The JSON body could not be read: " + e.getMessage(), e);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final SerializedString LT = new SerializedString("\\u003c");
        private static final SerializedString GT = new SerializedString("\\u003e");
        private static final SerializedString AMP = new SerializedString("\\u0026");
        private static final SerializedString APOS = new SerializedString("\\u0027");
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
                default -> new SerializedString(String.format("\\u%04x", ch)); // not asked for: only these four are custom
            };
        }
    }
}
