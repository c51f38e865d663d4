package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cases from Django's parse_cookie tests, plus Python's unquoting and hostile input. */
class CookiesTest {

    @Test
    void pairs_are_split_on_semicolons_and_kept_in_order() {
        assertThat(Cookies.parse("chips=ahoy; vienna=finger"))
                .containsExactly(entry("chips", "ahoy"), entry("vienna", "finger"));
        assertThat(Cookies.parse("a=b; c=[; d=r; f=h"))
                .containsExactly(entry("a", "b"), entry("c", "["), entry("d", "r"), entry("f", "h"));
    }

    @Test
    void every_semicolon_splits_even_inside_quotes() {
        assertThat(Cookies.parse("keebler=\"E=mc2; L=\\\"Loves\\\"; fudge=\\012;\""))
                .containsExactly(entry("keebler", "\"E=mc2"), entry("L", "\\\"Loves\\\""), entry("fudge", "\\012"),
                        entry("", "\""));
    }

    @Test
    void the_value_runs_from_the_first_equals_sign() {
        assertThat(Cookies.parse("keebler=E=mc2")).containsExactly(entry("keebler", "E=mc2"));
        assertThat(Cookies.parse("key:term=value:term")).containsExactly(entry("key:term", "value:term"));
    }

    @Test
    void attribute_like_names_are_ordinary_cookies() {
        assertThat(Cookies.parse("a=b; Domain=example.com"))
                .containsExactly(entry("a", "b"), entry("Domain", "example.com"));
    }

    @Test
    void the_last_duplicate_wins_in_the_first_position() {
        assertThat(Cookies.parse("a=b; h=i; a=c")).containsExactly(entry("a", "c"), entry("h", "i"));
    }

    @Test
    void chunks_without_equals_are_values_with_an_empty_name() {
        assertThat(Cookies.parse("abc=def; unnamed; django_language=en"))
                .containsExactly(entry("abc", "def"), entry("", "unnamed"), entry("django_language", "en"));
        assertThat(Cookies.parse("a=b; \"; c=d")).containsExactly(entry("a", "b"), entry("", "\""), entry("c", "d"));
    }

    @Test
    void spaces_and_characters_the_spec_forbids_are_kept_inside_names_and_values() {
        assertThat(Cookies.parse("a b c=d e = f; gh=i")).containsExactly(entry("a b c", "d e = f"), entry("gh", "i"));
        assertThat(Cookies.parse("a   b,c<>@:/[]?{}=d  \"  =e,f g"))
                .containsExactly(entry("a   b,c<>@:/[]?{}", "d  \"  =e,f g"));
        assertThat(Cookies.parse("saint=André Bessette")).containsExactly(entry("saint", "André Bessette"));
    }

    @Test
    void whitespace_is_stripped_and_empty_pairs_are_dropped_like_document_cookie() {
        assertThat(Cookies.parse("  =  b  ;  ;  =  ;   c  =  ;  ")).containsExactly(entry("", "b"), entry("c", ""));
        assertThat(Cookies.parse("\ta=1\u00a0;\u3000b=2")).containsExactly(entry("a", "1"), entry("b", "2"));
    }

    @Test
    void quoted_values_are_unquoted_with_pythons_rules() {
        assertThat(Cookies.parse("a=\"hello world\"; b=\"x\\\"y\\\\z\"; c=\"caf\\351\"; d=\"\\0777\"; e=\"\\400\""))
                .containsExactly(entry("a", "hello world"), entry("b", "x\"y\\z"), entry("c", "café"),
                        entry("d", "?7"), entry("e", "400"));
        assertThat(Cookies.parse("a=\"unterminated; b=x\"y\"; c=\"\"; d=\"trailing\\\""))
                .containsExactly(entry("a", "\"unterminated"), entry("b", "x\"y\""), entry("c", ""),
                        entry("d", "trailing\\"));
    }

    @Test
    void no_header_or_an_empty_one_gives_no_cookies() {
        assertThat(Cookies.parse(null)).isEmpty();
        assertThat(Cookies.parse("")).isEmpty();
        assertThat(Cookies.parse(";;;")).isEmpty();
    }

    @Test
    void the_map_is_immutable() {
        Map<String, String> cookies = Cookies.parse("a=1");
        assertThat(cookies).isUnmodifiable();
    }

    @Test
    void random_junk_never_throws() {
        Random random = new Random(7);
        String alphabet = "ab=; \"\\\t0137\u00e9\u2713\r\n\u0000,";
        for (int i = 0; i < 5000; i++) {
            StringBuilder header = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Cookies.parse(header.toString())).isNotNull();
        }
    }
}
