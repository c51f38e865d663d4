package dev.jango.http;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_NUMBER_FIELDS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.test.Client;
import dev.jango.test.FileUpload;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@code request.form()} and {@code files()} are Django's POST and FILES: filled for POST only. */
class PostOnlyFormsTest {

    private final Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "f")
            .set(ALLOWED_HOSTS, List.of("testserver")).set(DATA_UPLOAD_MAX_NUMBER_FIELDS, 3)
            .urls(path("form/", (request, kwargs) -> Response.text(request.method() + " form=" + request.form().asMap()
                            + " files=" + request.files().size() + " body=" + request.bodyText())),
                    path("parsed/", (request, kwargs) -> Response.text(
                            QueryDict.parse(request.body(), StandardCharsets.UTF_8).asMap().toString())),
                    path("request/", (request, kwargs) -> Response.text(QueryDict.parse(request).asMap().toString())),
                    path("type/", (request, kwargs) -> Response.text(
                            request.contentType() + " " + new TreeMap<>(request.contentParams()))))
            .build());

    private static final String URLENCODED = "application/x-www-form-urlencoded";

    @Test
    void a_post_fills_the_form() {
        assertThat(client.post("/form/", "a=1&b=caf%C3%A9", URLENCODED).text())
                .isEqualTo("POST form={a=[1], b=[café]} files=0 body=a=1&b=caf%C3%A9");
    }

    @Test
    void other_methods_get_an_empty_form_and_their_body_stays_readable() {
        for (String method : List.of("PUT", "PATCH", "DELETE", "OPTIONS")) {
            String text = client.request(method, "/form/").body("a=1&b=2".getBytes(StandardCharsets.UTF_8), URLENCODED)
                    .send().text();

            assertThat(text).as(method).isEqualTo(method + " form={} files=0 body=a=1&b=2");
        }
    }

    @Test
    void a_multipart_put_gets_no_files() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("title", "report");
        parts.put("doc", new FileUpload("a.txt", "text/plain", "tiny".getBytes(StandardCharsets.UTF_8)));

        String text = client.request("PUT", "/form/").multipart(parts).send().text();

        assertThat(text).startsWith("PUT form={} files=0 body=--");
    }

    @Test
    void a_put_reads_its_form_body_with_the_public_parser() {
        String text = client.request("PUT", "/parsed/").body("a=1&a=2&c=%E2%82%AC+x".getBytes(StandardCharsets.UTF_8),
                URLENCODED).send().text();

        assertThat(text).isEqualTo("{a=[1, 2], c=[€ x]}");
    }

    @Test
    void a_put_parses_its_request_in_its_charset_within_the_field_limit_as_djangos_querydict_of_the_body() {
        assertThat(client.request("PUT", "/request/").body("n=caf%E9".getBytes(StandardCharsets.US_ASCII),
                URLENCODED + "; charset=ISO-8859-1").send().text()).isEqualTo("{n=[café]}");
        assertThat(client.request("PUT", "/request/").body("a=1&b=2&c=3&d=4".getBytes(StandardCharsets.UTF_8),
                URLENCODED).send().status()).isEqualTo(400); // DATA_UPLOAD_MAX_NUMBER_FIELDS is 3 here
        assertThat(client.request("PUT", "/request/").body("a=1".getBytes(StandardCharsets.UTF_8),
                URLENCODED + "; charset=no-such-charset").send().status()).isEqualTo(400);
    }

    @Test
    void the_parser_decodes_in_the_charset_given() {
        QueryDict latin1 = QueryDict.parse("name=caf%E9".getBytes(StandardCharsets.US_ASCII), StandardCharsets.ISO_8859_1);

        assertThat(latin1.get("name")).isEqualTo("café");
        assertThat(QueryDict.parse(new byte[0], StandardCharsets.UTF_8).isEmpty()).isTrue();
    }

    @Test
    void content_type_and_its_parameters_are_parsed_as_djangos_content_type_and_content_params() {
        assertThat(client.request("POST", "/type/").body(new byte[0], "Text/Plain; Charset=\"UTF-8\"; format=flowed")
                .send().text()).isEqualTo("text/plain {charset=UTF-8, format=flowed}");
        assertThat(client.get("/type/").text()).isEqualTo(" {}");
    }
}
