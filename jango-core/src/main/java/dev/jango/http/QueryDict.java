package dev.jango.http;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable, ordered multi-map of decoded query or form parameters, like Django's {@code QueryDict}.
 *
 * <p>{@link #get} returns the <em>last</em> value of a name (as Django does), {@link #getList} all of them
 * in order. Parsing is lenient: {@code +} is a space, percent-escapes are decoded as UTF-8 with invalid
 * bytes replaced by U+FFFD, malformed escapes are kept as written, and a name without {@code =} has the
 * value {@code ""}.
 */
public final class QueryDict {

    private static final QueryDict EMPTY = new QueryDict(List.of(), List.of());

    private final List<String> names;
    private final List<String> values;

    private QueryDict(List<String> names, List<String> values) {
        this.names = names;
        this.values = values;
    }

    /** The empty dictionary. */
    public static QueryDict empty() {
        return EMPTY;
    }

    /** Parse an {@code application/x-www-form-urlencoded} string such as a raw query string. */
    public static QueryDict parse(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return EMPTY;
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int start = 0;
        int length = encoded.length();
        while (start <= length) {
            int end = encoded.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                int eq = encoded.indexOf('=', start);
                if (eq < 0 || eq > end) {
                    names.add(PercentDecoding.decodeLenient(encoded, start, end, true));
                    values.add("");
                } else {
                    names.add(PercentDecoding.decodeLenient(encoded, start, eq, true));
                    values.add(PercentDecoding.decodeLenient(encoded, eq + 1, end, true));
                }
            }
            start = end + 1;
        }
        return names.isEmpty() ? EMPTY : new QueryDict(List.copyOf(names), List.copyOf(values));
    }

    /**
     * Parse an {@code application/x-www-form-urlencoded} body in {@code charset} (UTF-8 for every form a browser
     * posts; an ASCII-compatible charset in any case), like Django's {@code QueryDict(request.body)}: how a PUT,
     * PATCH or DELETE reads a form body, since {@code request.form()} is for POST only.
     *
     * <pre>{@code
     * QueryDict fields = QueryDict.parse(request.body(), StandardCharsets.UTF_8);
     * }</pre>
     *
     * Decoding is {@link #parse(String)}'s, with bytes that are not valid in {@code charset} replaced by U+FFFD.
     */
    public static QueryDict parse(byte[] body, Charset charset) {
        return UrlEncodedParser.decode(body, charset, -1);
    }

    /**
     * Parse {@code request}'s body as a form, as Django's {@code QueryDict(request.body)} does: in the charset its
     * {@code Content-Type} names (UTF-8 when it names none), with the {@code DATA_UPLOAD_MAX_NUMBER_FIELDS} limit the
     * request's own form has. How a PUT, PATCH or DELETE view reads form fields:
     *
     * <pre>{@code
     * QueryDict fields = QueryDict.parse(request);
     * }</pre>
     *
     * @throws dev.jango.core.exceptions.RequestDataTooBig when the body is over {@code DATA_UPLOAD_MAX_MEMORY_SIZE}
     *     (413), as {@link Request#body()}
     * @throws dev.jango.core.exceptions.TooManyFieldsSent over the field limit (400)
     * @throws dev.jango.core.exceptions.BadRequest when the charset is unknown (400)
     */
    public static QueryDict parse(Request request) {
        String name = request.contentParams().get("charset");
        Charset charset;
        try {
            charset = name == null ? java.nio.charset.StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new dev.jango.core.exceptions.BadRequest("Unknown charset in Content-Type: " + name);
        }
        return UrlEncodedParser.decode(request.body(), charset,
                request.settings().get(dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_NUMBER_FIELDS));
    }

    /** The last value of {@code name}, or null when absent. */
    public String get(String name) {
        for (int i = names.size() - 1; i >= 0; i--) {
            if (names.get(i).equals(name)) {
                return values.get(i);
            }
        }
        return null;
    }

    /** The last value of {@code name}, or {@code fallback} when absent. */
    public String get(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }

    /** Every value of {@code name}, in order; empty when absent. */
    public List<String> getList(String name) {
        List<String> found = new ArrayList<>(1);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(name)) {
                found.add(values.get(i));
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** True when {@code name} occurs at least once. */
    public boolean contains(String name) {
        return names.contains(name);
    }

    /** The distinct names in order of first appearance. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /** The number of name/value pairs, repeats included. */
    public int size() {
        return names.size();
    }

    /** True when there are no pairs. */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** Every name with all its values, in order of first appearance. */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.computeIfAbsent(names.get(i), k -> new ArrayList<>(1)).add(values.get(i));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return "QueryDict" + asMap();
    }
}
