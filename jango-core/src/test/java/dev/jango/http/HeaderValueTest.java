package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderValueTest {

    @Test
    void value_and_parameter_names_are_lower_cased_and_values_keep_their_case() {
        HeaderValue header = HeaderValue.parse(" Form-Data ; Name=\"Field\" ;FILENAME=Report.PDF ");
        assertThat(header.value()).isEqualTo("form-data");
        assertThat(header.param("name")).isEqualTo("Field");
        assertThat(header.param("filename")).isEqualTo("Report.PDF");
        assertThat(header.param("missing")).isNull();
    }

    @Test
    void quoted_strings_keep_semicolons_and_unescape_only_quote_and_backslash() {
        HeaderValue header = HeaderValue.parse("form-data; name=\"a;b=c\"; filename=\"C:\\dir\\a \\\"q\\\" \\\\.txt\"");
        assertThat(header.param("name")).isEqualTo("a;b=c");
        assertThat(header.param("filename")).isEqualTo("C:\\dir\\a \"q\" \\.txt");
    }

    @Test
    void an_unterminated_quote_runs_to_the_end_and_bare_names_are_ignored() {
        HeaderValue header = HeaderValue.parse("form-data; flag; name=\"open");
        assertThat(header.param("name")).isEqualTo("open");
        assertThat(header.params()).containsOnlyKeys("name");
    }

    @Test
    void extended_parameters_are_decoded_and_win_and_bad_ones_are_ignored() {
        assertThat(HeaderValue.parse("form-data; filename*=UTF-8'en'%E2%82%AC.txt; filename=\"e.txt\"")
                .param("filename")).isEqualTo("€.txt");
        assertThat(HeaderValue.parse("form-data; filename=\"e.txt\"; filename*=nope''%E2").param("filename"))
                .isEqualTo("e.txt");
        assertThat(HeaderValue.parse("form-data; filename=\"e.txt\"; filename*=UTF-8''%E").param("filename"))
                .isEqualTo("e.txt");
        assertThat(HeaderValue.parse("form-data; filename=\"e.txt\"; filename*=no-quotes").param("filename"))
                .isEqualTo("e.txt");
    }

    @Test
    void the_first_of_repeated_parameters_counts() {
        assertThat(HeaderValue.parse("form-data; name=first; name=second").param("name")).isEqualTo("first");
    }
}
