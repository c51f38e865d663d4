package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the JSON body reader behind {@code request.json(type)}: any body is a value or a
 * {@code BadRequest}, for a record, a map, a list and {@code Object}; a value read as {@code Object}, written and
 * read again, is written the same (not equal itself: {@code 1e999} reads as infinity, which is written as the
 * string {@code "Infinity"}).
 */
class JsonBodyFuzzTest {

    record Vote(int choice, String voter, List<String> tags, Map<String, Double> scores, boolean anonymous) {}

    private static final List<Class<?>> TYPES = List.of(Vote.class, Map.class, List.class, Object.class, String.class);

    /** Input: one byte choosing the type to read, then the body. */
    @FuzzTest(maxDuration = "12s")
    @Timeout(5)
    void any_body_is_a_value_or_a_bad_request_and_round_trips(byte[] input) {
        if (input.length == 0) {
            return;
        }
        Class<?> type = TYPES.get((input[0] & 0xFF) % TYPES.size());
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        Object value = FuzzContract.valueOrClientError(() -> Json.readBody(body, type));
        if (value != null && type == Object.class) {
            String written = Json.write(value);
            assertThat(Json.write(Json.read(written, Object.class))).isEqualTo(written);
        }
    }
}
