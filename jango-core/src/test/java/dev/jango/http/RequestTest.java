package dev.jango.http;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_MEMORY_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.conf.Settings;
import dev.jango.core.exceptions.BadRequest;
import dev.jango.core.exceptions.DisallowedHost;
import dev.jango.core.exceptions.RequestDataTooBig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTest {

    private static final Settings SMALL_BODIES = Settings.builder().set(DATA_UPLOAD_MAX_MEMORY_SIZE, 10L).build();

    @Test
    void path_is_percent_decoded_once_as_utf8() {
        Request request = Request.from(TestGateway.get("/caf%C3%A9/a%2Fb/%2541"), Settings.builder().build());
        assertThat(request.pathInfo()).isEqualTo("/café/a/b/%41");
        assertThat(request.path()).isEqualTo("/café/a/b/%41");
        assertThat(request.fullPath()).isEqualTo("/caf%C3%A9/a%2Fb/%2541");
    }

    @Test
    void malformed_percent_encoding_in_the_path_is_a_bad_request() {
        assertThatThrownBy(() -> Request.from(TestGateway.get("/a%zz"), SMALL_BODIES))
                .isInstanceOf(BadRequest.class).hasMessageContaining("Malformed request path");
        assertThatThrownBy(() -> Request.from(TestGateway.get("/a%C3"), SMALL_BODIES))
                .isInstanceOf(BadRequest.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> Request.from(TestGateway.get("/a%"), SMALL_BODIES))
                .isInstanceOf(BadRequest.class);
    }

    @Test
    void query_is_parsed_on_demand_and_full_path_keeps_it() {
        Request request = Request.from(TestGateway.get("/s?q=a+b&q=c"), SMALL_BODIES);
        assertThat(request.query().getList("q")).containsExactly("a b", "c");
        assertThat(request.fullPath()).isEqualTo("/s?q=a+b&q=c");
    }

    @Test
    void headers_are_case_insensitive() {
        Request request = Request.from(TestGateway.get("/", "X-Thing", "1"), SMALL_BODIES);
        assertThat(request.header("x-THING")).isEqualTo("1");
        assertThat(request.header("X-Other")).isNull();
    }

    @Test
    void a_repeated_header_comes_joined_with_commas_as_djangos_request_headers() {
        Request request = Request.from(TestGateway.get("/", "Accept", "text/html", "X-Thing", "1", "accept",
                "application/json;q=0.9", "ACCEPT", "*/*;q=0.1"), SMALL_BODIES);

        assertThat(request.header("Accept")).isEqualTo("text/html,application/json;q=0.9,*/*;q=0.1");
        assertThat(request.headers().getAll("accept")).containsExactly("text/html", "application/json;q=0.9",
                "*/*;q=0.1");
    }

    @Test
    void repeated_cookie_fields_are_joined_with_semicolons() {
        Request request = Request.from(TestGateway.get("/", "Cookie", "a=1", "Cookie", "b=2; c=3"), SMALL_BODIES);

        assertThat(request.header("Cookie")).isEqualTo("a=1; b=2; c=3");
        assertThat(request.cookies()).containsEntry("a", "1").containsEntry("b", "2").containsEntry("c", "3");
    }

    @Test
    void fields_a_request_carries_once_give_their_first_value() {
        Request request = Request.from(TestGateway.request("POST", "/", "abcd".getBytes(StandardCharsets.US_ASCII),
                "Host", "example.com", "Content-Length", "4", "Content-Length", "4", "Content-Type", "text/plain",
                "Content-Type", "application/json"), SMALL_BODIES);

        assertThat(request.header("Content-Length")).isEqualTo("4");
        assertThat(request.header("content-type")).isEqualTo("text/plain");
        assertThat(request.contentType()).isEqualTo("text/plain");
        assertThat(request.header("Host")).isEqualTo("example.com");
    }

    @Test
    void several_host_fields_are_a_disallowed_host() {
        Settings settings = Settings.builder(Map.of()).set(ALLOWED_HOSTS, List.of("example.com")).build();
        Request request = Request.from(TestGateway.get("/", "Host", "example.com", "Host", "evil.example"), settings);

        assertThatThrownBy(request::host).isInstanceOf(DisallowedHost.class).hasMessageContaining("Several Host");
    }

    @Test
    void body_within_the_limit_is_read_once() {
        Request request = Request.from(TestGateway.request("POST", "/", "hello".getBytes(StandardCharsets.UTF_8)),
                SMALL_BODIES);
        assertThat(request.bodyText()).isEqualTo("hello");
        assertThat(request.body()).isSameAs(request.body());
    }

    @Test
    void body_over_the_limit_is_too_big_even_without_content_length() {
        Request request = Request.from(TestGateway.request("POST", "/", new byte[11]), SMALL_BODIES);
        assertThatThrownBy(request::body).isInstanceOf(RequestDataTooBig.class)
                .hasMessageContaining("dataUploadMaxMemorySize");
    }

    @Test
    void declared_content_length_over_the_limit_is_refused_before_reading() {
        InputStream neverRead = new ByteArrayInputStream(new byte[0]) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                throw new AssertionError("the body must not be read");
            }
        };
        var gateway = TestGateway.request("POST", "/", new byte[0], "Content-Length", "1000000");
        var request = Request.from(new dev.jango.gateway.GatewayRequest(gateway.method(), gateway.scheme(),
                gateway.scriptName(), gateway.rawPath(), gateway.rawQuery(), gateway.protocol(), gateway.headers(),
                neverRead, gateway.remoteAddress(), gateway.localAddress()), SMALL_BODIES);
        assertThatThrownBy(request::body).isInstanceOf(RequestDataTooBig.class);
    }

    @Test
    void body_stream_and_body_bytes_do_not_mix() {
        Request request = Request.from(TestGateway.request("POST", "/", new byte[3]), SMALL_BODIES);
        request.bodyStream();
        assertThatThrownBy(request::body).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bodyStream()");
    }
}
