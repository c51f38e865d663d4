package dev.jango.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of header checks: any name and value are accepted exactly when the name is an RFC 9110
 * token and the value has no CR, LF or NUL, else refused with {@link IllegalArgumentException}; an accepted header
 * can be set on a response.
 */
class HeaderChecksFuzzTest {

    private static final String TCHAR = "!#$%&'*+-.^_`|~";

    /** Input: the name, a {@code 0xFF} byte, then the value (both ISO-8859-1 characters). */
    @FuzzTest(maxDuration = "8s")
    void a_header_is_accepted_exactly_when_it_cannot_inject(byte[] input) {
        String text = new String(input, ISO_8859_1);
        int split = text.indexOf('\u00ff');
        String name = split < 0 ? text : text.substring(0, split);
        String value = split < 0 ? "" : text.substring(split + 1);
        boolean safe = !name.isEmpty() && name.chars().allMatch(HeaderChecksFuzzTest::isTchar)
                && value.chars().noneMatch(c -> c == '\r' || c == '\n' || c == 0);
        if (safe) {
            assertThatCode(() -> HeaderChecks.check(name, value)).doesNotThrowAnyException();
            assertThat(Response.text(200, "").header(name, value).header(name)).isEqualTo(value);
        } else {
            try {
                HeaderChecks.check(name, value);
                throw new AssertionError("accepted an unsafe header: " + name + ": " + value);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }

    private static boolean isTchar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || TCHAR.indexOf(c) >= 0;
    }
}
