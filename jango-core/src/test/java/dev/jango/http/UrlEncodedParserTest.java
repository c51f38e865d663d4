package dev.jango.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.core.exceptions.BadRequest;
import dev.jango.core.exceptions.RequestDataTooBig;
import dev.jango.core.exceptions.TooManyFieldsSent;
import dev.jango.http.QueryDict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.Test;

class UrlEncodedParserTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private static UploadLimits limits(long maxMemory, int maxFields) {
        return new UploadLimits(maxMemory, maxFields, 100, 2_621_440, -1, null);
    }

    private static QueryDict parse(String body, String contentType, boolean declared, UploadLimits limits) {
        byte[] bytes = body.getBytes(ISO_8859_1);
        return UrlEncodedParser.parse(new ByteArrayInputStream(bytes), contentType, declared ? bytes.length : -1,
                limits);
    }

    @Test
    void a_body_decodes_like_a_query_string_with_or_without_a_content_length() {
        for (boolean declared : new boolean[] {true, false}) {
            QueryDict form = parse("name=caf%C3%A9+au+lait&tags=a&tags=b&flag&empty=&bad=%zz", FORM, declared,
                    UploadLimits.defaults());
            assertThat(form.get("name")).isEqualTo("café au lait");
            assertThat(form.getList("tags")).containsExactly("a", "b");
            assertThat(form.get("flag")).isEmpty();
            assertThat(form.get("empty")).isEmpty();
            assertThat(form.get("bad")).isEqualTo("%zz");
        }
    }

    @Test
    void raw_utf8_bytes_are_decoded_and_bad_bytes_become_replacement_characters() {
        byte[] body = "q=\u20ac&r=".getBytes(UTF_8);
        byte[] withBad = java.util.Arrays.copyOf(body, body.length + 1);
        withBad[body.length] = (byte) 0xff;
        QueryDict form = UrlEncodedParser.parse(new ByteArrayInputStream(withBad), FORM, -1, UploadLimits.defaults());
        assertThat(form.get("q")).isEqualTo("€");
        assertThat(form.get("r")).isEqualTo("\uFFFD");
    }

    @Test
    void the_charset_of_the_content_type_decodes_escapes_and_raw_bytes() {
        QueryDict form = parse("name=caf%E9&raw=\u00e9t\u00e9&plus=a+b%2Bc&bad=100%", FORM + "; charset=ISO-8859-1",
                false, UploadLimits.defaults());
        assertThat(form.get("name")).isEqualTo("café");
        assertThat(form.get("raw")).isEqualTo("été");
        assertThat(form.get("plus")).isEqualTo("a b+c");
        assertThat(form.get("bad")).isEqualTo("100%");
        QueryDict windows = parse("q=%80", FORM + ";charset=\"windows-1252\"", false, UploadLimits.defaults());
        assertThat(windows.get("q")).isEqualTo("€");
        QueryDict unknown = parse("q=%C3%A9", FORM + "; charset=no-such-charset", false, UploadLimits.defaults());
        assertThat(unknown.get("q")).isEqualTo("é");
    }

    @Test
    void a_body_over_the_data_memory_size_is_too_big_declared_or_streamed() {
        UploadLimits ten = limits(10, 1000);
        assertThat(parse("a=12345678", FORM, true, ten).get("a")).isEqualTo("12345678");
        assertThatThrownBy(() -> parse("a=123456789", FORM, true, ten)).isExactlyInstanceOf(RequestDataTooBig.class)
                .hasMessageContaining("dataUploadMaxMemorySize (10 bytes)");
        assertThatThrownBy(() -> parse("a=123456789", FORM, false, ten)).isExactlyInstanceOf(RequestDataTooBig.class);
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a declared length over the cap is refused before reading");
            }
        };
        assertThatThrownBy(() -> UrlEncodedParser.parse(unread, FORM, 11, ten))
                .isExactlyInstanceOf(RequestDataTooBig.class);
    }

    @Test
    void an_endless_body_is_refused_after_reading_one_byte_past_the_cap() {
        int[] served = new int[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }
        };
        assertThatThrownBy(() -> UrlEncodedParser.parse(endless, FORM, -1, limits(1000, 1000)))
                .isExactlyInstanceOf(RequestDataTooBig.class);
        assertThat(served[0]).isEqualTo(1001);
    }

    @Test
    void the_total_upload_size_caps_urlencoded_bodies_too() {
        UploadLimits capped = new UploadLimits(2_621_440, 1000, 100, 2_621_440, 5, null);
        assertThatThrownBy(() -> parse("a=1234", FORM, false, capped)).isExactlyInstanceOf(RequestDataTooBig.class)
                .hasMessageContaining("maxUploadSize (5 bytes)");
    }

    @Test
    void fields_are_counted_as_django_does_one_more_than_the_ampersands() {
        assertThat(parse("a=1&b=2&c=3", FORM, true, limits(1000, 3)).size()).isEqualTo(3);
        assertThatThrownBy(() -> parse("a=1&b=2&c=3&d=4", FORM, true, limits(1000, 3)))
                .isExactlyInstanceOf(TooManyFieldsSent.class).hasMessageContaining("dataUploadMaxNumberFields (3)");
        assertThatThrownBy(() -> parse("a&&&", FORM, true, limits(1000, 3)))
                .as("empty fields count too").isExactlyInstanceOf(TooManyFieldsSent.class);
        assertThat(parse("", FORM, true, limits(1000, 0)).isEmpty()).isTrue();
        assertThat(parse("a=1&b=2&c=3&d=4", FORM, true, limits(1000, -1)).size()).isEqualTo(4);
    }

    @Test
    void query_strings_get_the_same_field_count_check() {
        assertThat(UrlEncodedParser.parseQuery("a=1&a=2", 2).getList("a")).containsExactly("1", "2");
        assertThatThrownBy(() -> UrlEncodedParser.parseQuery("a=1&a=2&a=3", 2))
                .isExactlyInstanceOf(TooManyFieldsSent.class);
        UrlEncodedParser.checkFieldCount(null, 0);
        UrlEncodedParser.checkFieldCount("", 0);
        assertThatThrownBy(() -> UrlEncodedParser.checkFieldCount("x", 0)).isExactlyInstanceOf(TooManyFieldsSent.class);
        UrlEncodedParser.checkFieldCount("&".repeat(5000), -1);
    }

    @Test
    void a_short_or_failing_body_is_a_bad_request() {
        byte[] bytes = "a=1".getBytes(UTF_8);
        assertThatThrownBy(() -> UrlEncodedParser.parse(new ByteArrayInputStream(bytes), FORM, 10,
                UploadLimits.defaults())).isExactlyInstanceOf(BadRequest.class).hasMessageContaining("3 of the 10");
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(bytes), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset");
            }
        });
        assertThatThrownBy(() -> UrlEncodedParser.parse(failing, FORM, -1, UploadLimits.defaults()))
                .isExactlyInstanceOf(BadRequest.class).hasMessageContaining("Connection reset");
    }
}
