package dev.jango.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the Cookie header: any header text parses (cookies never fail a request, as in Django),
 * and any value Jango may send comes back unchanged through Python's quoting.
 */
class CookiesFuzzTest {

    /** Input: the header's bytes, read as ISO-8859-1 as servers hand header fields over. */
    @FuzzTest(maxDuration = "8s")
    void any_cookie_header_parses_and_quoted_values_round_trip(byte[] input) {
        String header = new String(input, ISO_8859_1);
        Map<String, String> cookies = Cookies.parse(header);
        assertThat(cookies.size()).isLessThanOrEqualTo(header.length() / 2 + 1);

        String value = header.replace("\r", "").replace("\n", "").replace("\0", "");
        CookieSyntax.checkValue("c", value);
        String quoted = CookieSyntax.quote(value);
        assertThat(CookieSyntax.unquote(quoted)).isEqualTo(value);
        if (!quoted.contains(";") && value.strip().equals(value)) {
            assertThat(Cookies.parse("c=" + quoted)).containsEntry("c", value);
        }
    }
}
