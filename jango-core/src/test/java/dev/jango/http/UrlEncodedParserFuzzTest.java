package dev.jango.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of URL-encoded forms: any body parses or is a 4xx (too big, too many fields), in any of
 * the charsets a Content-Type may name; and a parsed UTF-8 form, encoded again, parses to the same fields.
 */
class UrlEncodedParserFuzzTest {

    private static final List<String> CONTENT_TYPES = List.of("application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=ISO-8859-1", "application/x-www-form-urlencoded; charset=cp1252",
            "application/x-www-form-urlencoded; charset=\"utf-8\"", "application/x-www-form-urlencoded; charset=nonsense");
    // 16 KiB and 50 fields: small enough for the fuzzer to reach both limits.
    private static final UploadLimits LIMITS = new UploadLimits(16_384, 50, 5, 1024, -1, null);

    /** Input: one byte choosing the Content-Type and whether the length is declared, then the body. */
    @FuzzTest(maxDuration = "8s")
    void any_body_parses_or_is_a_client_error_and_round_trips(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String contentType = CONTENT_TYPES.get((input[0] & 0x7F) % CONTENT_TYPES.size());
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        long declared = input[0] < 0 ? body.length : -1;
        QueryDict form = FuzzContract.valueOrClientError(() -> UrlEncodedParser.parse(
                new ByteArrayInputStream(body), contentType, declared, LIMITS));
        if (form == null || !contentType.equals(CONTENT_TYPES.getFirst())) {
            return;
        }
        StringBuilder again = new StringBuilder();
        for (Map.Entry<String, List<String>> field : form.asMap().entrySet()) {
            for (String value : field.getValue()) {
                again.append(again.isEmpty() ? "" : "&").append(URLEncoder.encode(field.getKey(), UTF_8))
                        .append('=').append(URLEncoder.encode(value, UTF_8));
            }
        }
        assertThat(QueryDict.parse(again.toString()).asMap()).isEqualTo(form.asMap());
    }
}
