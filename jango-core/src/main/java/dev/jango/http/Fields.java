package dev.jango.http;

import dev.jango.http.QueryDict;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Collects decoded name/value pairs into a {@link QueryDict}.
 *
 * <p>{@code QueryDict} is made only by parsing, so the pairs are re-encoded as UTF-8 form data and parsed
 * once at the end; the round trip is exact because the strings come from decoding with replacement and so
 * hold no lone surrogates.
 */
final class Fields {

    private final StringBuilder encoded = new StringBuilder();

    void add(String name, String value) {
        if (!encoded.isEmpty()) {
            encoded.append('&');
        }
        encoded.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    QueryDict build() {
        return QueryDict.parse(encoded.toString());
    }
}
