package dev.jango.middleware;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.conf.Settings;
import dev.jango.http.Cookie;
import dev.jango.http.Preconditions;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.http.TestGateway;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionalGetMiddlewareTest {

    private static final Settings SETTINGS = Settings.builder(Map.of()).set(DEBUG, true).build();
    private static final String MODIFIED = "Sun, 06 Nov 1994 08:49:37 GMT";

    private static Request request(String method, String... headers) {
        return Request.from(TestGateway.request(method, "/page", new byte[0], headers), SETTINGS);
    }

    private static Response run(Handler view, Request request) throws Exception {
        return new ConditionalGetMiddleware().wrap(view).handle(request);
    }

    private static String etagOfHello() {
        return Preconditions.etagOf("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void computes_a_strong_etag_from_the_content() throws Exception {
        Response response = run(r -> Response.text("hello"), request("GET"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo(etagOfHello()).matches("\"[0-9a-f]{32}\"");
    }

    @Test
    void answers_304_to_a_matching_if_none_match_including_weak_star_and_lists() throws Exception {
        String tag = etagOfHello();
        for (String value : new String[] {tag, "W/" + tag, "*", "\"other\", " + tag, "junk, W/" + tag}) {
            Response response = run(r -> Response.text("hello"), request("GET", "If-None-Match", value));
            assertThat(response.status()).as(value).isEqualTo(304);
            assertThat(response.content()).isEmpty();
        }
        assertThat(run(r -> Response.text("hello"), request("GET", "If-None-Match", "\"other\"")).status())
                .isEqualTo(200);
        assertThat(run(r -> Response.text("hello"), request("HEAD", "If-None-Match", tag)).status())
                .isEqualTo(304);
    }

    @Test
    void answers_304_when_if_modified_since_is_not_older() throws Exception {
        Handler view = r -> Response.text("hello").header("Last-Modified", MODIFIED).header("ETag", "\"v\"");
        Handler lastModifiedOnly = r -> Response.empty(200).header("Last-Modified", MODIFIED);
        assertThat(run(lastModifiedOnly, request("GET", "If-Modified-Since", MODIFIED)).status()).isEqualTo(304);
        assertThat(run(lastModifiedOnly, request("GET", "If-Modified-Since", "Sunday, 06-Nov-94 08:49:38 GMT"))
                .status()).isEqualTo(304);
        assertThat(run(lastModifiedOnly, request("GET", "If-Modified-Since", "Sun Nov  6 08:49:36 1994"))
                .status()).isEqualTo(200);
        assertThat(run(view, request("GET", "If-Modified-Since", "not a date")).status()).isEqualTo(200);
    }

    @Test
    void if_none_match_takes_precedence_over_if_modified_since() throws Exception {
        Handler view = r -> Response.text("hello").header("Last-Modified", MODIFIED).header("ETag", "\"v\"");
        assertThat(run(view, request("GET", "If-None-Match", "\"old\"", "If-Modified-Since", MODIFIED)).status())
                .isEqualTo(200);
        assertThat(run(view, request("GET", "If-None-Match", "\"v\"", "If-Modified-Since",
                "Sat, 05 Nov 1994 08:49:37 GMT")).status()).isEqualTo(304);
    }

    @Test
    void answers_412_to_a_failed_if_match_or_if_unmodified_since() throws Exception {
        Handler view = r -> Response.text("hello").header("Last-Modified", MODIFIED).header("ETag", "\"v\"");
        assertThat(run(view, request("GET", "If-Match", "\"other\"")).status()).isEqualTo(412);
        assertThat(run(view, request("GET", "If-Match", "W/\"v\"")).status()).as("strong comparison")
                .isEqualTo(412);
        assertThat(run(view, request("GET", "If-Match", "\"v\"")).status()).isEqualTo(200);
        assertThat(run(view, request("GET", "If-Unmodified-Since", "Sat, 05 Nov 1994 08:49:37 GMT")).status())
                .isEqualTo(412);
        assertThat(run(view, request("GET", "If-Unmodified-Since", MODIFIED)).status()).isEqualTo(200);
        assertThat(run(view, request("GET", "If-Match", "\"v\"", "If-Unmodified-Since",
                "Sat, 05 Nov 1994 08:49:37 GMT")).status()).as("If-Match wins").isEqualTo(200);
    }

    @Test
    void a_304_keeps_caching_headers_and_cookies_and_drops_the_body() throws Exception {
        Handler view = r -> Response.text("hello").header("Cache-Control", "max-age=60")
                .header("Content-Location", "/page.en").header("Date", MODIFIED).header("Expires", MODIFIED)
                .header("Last-Modified", MODIFIED).header("Vary", "Accept").header("X-Other", "dropped")
                .setCookie(Cookie.builder("seen", "1").build());
        Response response = run(view, request("GET", "If-None-Match", etagOfHello()));
        assertThat(response.status()).isEqualTo(304);
        assertThat(response.content()).isEmpty();
        assertThat(response.header("ETag")).isEqualTo(etagOfHello());
        assertThat(response.header("Cache-Control")).isEqualTo("max-age=60");
        assertThat(response.header("Content-Location")).isEqualTo("/page.en");
        assertThat(response.header("Date")).isEqualTo(MODIFIED);
        assertThat(response.header("Expires")).isEqualTo(MODIFIED);
        assertThat(response.header("Last-Modified")).isEqualTo(MODIFIED);
        assertThat(response.header("Vary")).isEqualTo("Accept");
        assertThat(response.header("X-Other")).isNull();
        assertThat(response.header("Content-Type")).isNull();
        assertThat(response.cookies()).containsKey("seen");
    }

    @Test
    void leaves_streaming_non_200_unsafe_and_no_store_responses_alone() throws Exception {
        Response streaming = new Response(200, new byte[0], "text/plain") {
            @Override
            public boolean isStreaming() {
                return true;
            }
        };
        assertThat(run(r -> streaming, request("GET", "If-None-Match", "*"))).isSameAs(streaming);
        Response notFound = run(r -> Response.text(404, "hello"), request("GET", "If-None-Match", "*"));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.header("ETag")).isNull();
        Response post = run(r -> Response.text("hello"), request("POST", "If-None-Match", "*"));
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.header("ETag")).isNull();
        Response noStore = run(r -> Response.text("hello").header("Cache-Control", "no-store"), request("GET"));
        assertThat(noStore.header("ETag")).isNull();
    }

    @Test
    void parses_the_three_http_date_forms_and_ignores_junk() {
        Instant expected = Instant.parse("1994-11-06T08:49:37Z");
        assertThat(Preconditions.parseHttpDate(MODIFIED)).isEqualTo(expected);
        assertThat(Preconditions.parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")).isEqualTo(expected);
        assertThat(Preconditions.parseHttpDate("Sun Nov  6 08:49:37 1994")).isEqualTo(expected);
        assertThat(Preconditions.parseHttpDate("Sun, 31 Feb 1994 08:49:37 GMT")).isNull();
        assertThat(Preconditions.parseHttpDate("yesterday")).isNull();
        assertThat(Preconditions.parseHttpDate(null)).isNull();
        assertThat(Preconditions.httpDate(expected)).isEqualTo(MODIFIED);
        assertThat(Preconditions.parseEtags(" * ")).containsExactly("*");
        assertThat(Preconditions.parseEtags("\"a\", W/\"b\", junk, *")).containsExactly("\"a\"", "W/\"b\"");
    }
}
