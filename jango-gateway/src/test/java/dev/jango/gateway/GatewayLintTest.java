package dev.jango.gateway;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayLintTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 50000);
    private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 8000);
    private static final byte[] HELLO = "hello".getBytes(US_ASCII);

    private final List<GatewayLintError> violations = new ArrayList<>();

    // --- a clean exchange ---------------------------------------------------------------------------------

    @Test
    void clean_exchanges_report_nothing() {
        exchange(get("/"), ok(Body.of(HELLO), "Content-Length", "5"));
        exchange(get("/"), ok(Body.of(HELLO)));
        exchange(get("/"), ok(Body.stream(out -> out.write(HELLO), 5)));
        exchange(get("/"), ok(Body.stream(out -> out.write(HELLO)), "Content-Length", "5"));
        exchange(get("/"), ok(Body.stream(out -> out.write(HELLO))));
        exchange(get("/"), ok(Body.file(Path.of("/srv/file.txt"), 5), "Content-Length", "5"));
        exchange(request("HEAD", "/"), ok(Body.empty(), "Content-Length", "5"));
        exchange(get("/"), GatewayResponse.of(204, new Headers(), Body.empty()));
        exchange(get("/"), GatewayResponse.of(304, Headers.of("ETag", "\"x\"", "Content-Length", "5"), Body.empty()));
        exchange(request("OPTIONS", "*"), ok(Body.empty(), "Allow", "GET, HEAD"));
        exchange(new GatewayRequest("GET", "https", "/app", "/caf%C3%A9", "a=1", "HTTP/2.0",
                Headers.of("Host", "example.com", "X-Empty", ""), InputStream.nullInputStream(), CLIENT, SERVER),
                ok(Body.empty()));

        assertThat(violations).isEmpty();
    }

    // --- what the server passes in -------------------------------------------------------------------------

    @Test
    void method_that_is_not_a_token_breaks_request_method_rule() {
        exchange(request("GE T", "/"), ok(Body.empty()));
        exchange(request("", "/"), ok(Body.empty()));

        assertThat(rules()).containsExactly("request.method", "request.method");
    }

    @Test
    void scheme_other_than_http_or_https_breaks_request_scheme_rule() {
        exchange(new GatewayRequest("GET", "ftp", "", "/", "", "HTTP/1.1", new Headers(),
                InputStream.nullInputStream(), CLIENT, SERVER), ok(Body.empty()));

        assertThat(rules()).containsExactly("request.scheme");
    }

    @Test
    void script_name_without_leading_slash_or_with_trailing_slash_breaks_request_script_name_rule() {
        exchange(mounted("app"), ok(Body.empty()));
        exchange(mounted("/app/"), ok(Body.empty()));
        exchange(mounted("/app"), ok(Body.empty()));

        assertThat(rules()).containsExactly("request.script-name", "request.script-name");
    }

    @Test
    void path_without_leading_slash_or_with_query_space_or_control_breaks_request_path_rule() {
        for (String path : List.of("", "index.html", "/a?b=1", "/a#frag", "/a b", "/a\tb", "/a\u007fb")) {
            exchange(get(path), ok(Body.empty()));
        }

        assertThat(rules()).hasSize(7).containsOnly("request.path");
    }

    @Test
    void protocol_that_is_not_http_breaks_request_protocol_rule() {
        exchange(new GatewayRequest("GET", "http", "", "/", "", "SPDY/3", new Headers(),
                InputStream.nullInputStream(), CLIENT, SERVER), ok(Body.empty()));

        assertThat(rules()).containsExactly("request.protocol");
    }

    @Test
    void request_header_name_that_is_not_a_token_breaks_request_header_name_rule() {
        exchange(withHeaders(Headers.of("Bad Name", "x", "Bad:Name", "y")), ok(Body.empty()));

        assertThat(rules()).containsExactly("request.header-name", "request.header-name");
    }

    @Test
    void request_header_value_with_cr_lf_or_nul_breaks_request_header_value_rule() {
        exchange(withHeaders(Headers.of("A", "x\r\nInjected: y", "B", "x\ny", "C", "x\0y")), ok(Body.empty()));

        assertThat(rules()).containsExactly("request.header-value", "request.header-value", "request.header-value");
    }

    @Test
    void completion_called_twice_breaks_completion_once_rule_and_reaches_the_app_once() {
        List<Throwable> seen = new ArrayList<>();
        GatewayResponse response = call(get("/"), ok(Body.empty()).withCompletion(seen::add));

        response.completion().completed(null);
        response.completion().completed(new IOException("late"));

        assertThat(rules()).containsExactly("completion.once");
        assertThat(seen).containsExactly((Throwable) null);
        assertThat(violations.getFirst()).hasMessageContaining("server called the completion 2 times for GET /");
    }

    // --- what the application returns ----------------------------------------------------------------------

    @Test
    void null_response_breaks_response_not_null_rule() {
        GatewayResponse response = GatewayLint.wrap(request -> null, violations::add).call(get("/x"));

        assertThat(response).isNull();
        assertThat(rules()).containsExactly("response.not-null");
        assertThat(violations.getFirst()).hasMessageContaining("GET /x");
    }

    @Test
    void status_outside_100_to_599_breaks_response_status_rule() {
        exchange(get("/"), GatewayResponse.of(99, new Headers(), Body.empty()));
        exchange(get("/"), GatewayResponse.of(600, new Headers(), Body.empty()));

        assertThat(rules()).containsExactly("response.status", "response.status");
    }

    @Test
    void response_header_name_that_is_not_a_token_breaks_response_header_name_rule() {
        exchange(get("/"), ok(Body.empty(), "X Bad", "1", "", "2"));

        assertThat(rules()).containsExactly("response.header-name", "response.header-name");
    }

    @Test
    void response_header_value_with_line_break_breaks_response_header_value_rule() {
        exchange(get("/"), ok(Body.empty(), "Location", "/next\r\nSet-Cookie: evil=1"));

        assertThat(rules()).containsExactly("response.header-value");
        assertThat(violations.getFirst()).hasMessageContaining("application").hasMessageContaining("Location");
    }

    @Test
    void head_response_with_body_breaks_no_body_rule() {
        exchange(request("HEAD", "/"), ok(Body.of(HELLO)));
        exchange(request("HEAD", "/"), ok(Body.stream(out -> {})));

        assertThat(rules()).containsExactly("response.no-body", "response.no-body");
        assertThat(violations.getFirst()).hasMessageContaining("HEAD request");
    }

    @Test
    void no_content_not_modified_and_informational_responses_with_body_break_no_body_rule() {
        exchange(get("/"), GatewayResponse.of(204, new Headers(), Body.of(HELLO)));
        exchange(get("/"), GatewayResponse.of(304, new Headers(), Body.of(HELLO)));
        exchange(get("/"), GatewayResponse.of(103, new Headers(), Body.file(Path.of("/f"), 5)));

        assertThat(rules()).containsExactly("response.no-body", "response.no-body", "response.no-body");
    }

    @Test
    void the_no_body_rule_is_exactly_gateway_response_body_allowed() {
        String[] methods = {"GET", "HEAD", "POST", "DELETE"};
        int[] statuses = {100, 101, 199, 200, 201, 204, 205, 206, 301, 304, 404, 500};
        int expected = 0;
        for (String method : methods) {
            for (int status : statuses) {
                exchange(request(method, "/"), GatewayResponse.of(status, new Headers(), Body.of(HELLO)));
                if (!GatewayResponse.bodyAllowed(method, status)) {
                    expected++;
                }
            }
        }

        assertThat(rules()).containsOnly("response.no-body").hasSize(expected);
    }

    @Test
    void an_emptied_body_passes_the_no_body_rule_as_the_framework_hands_it_over() {
        exchange(request("HEAD", "/"), ok(Body.empty(), "Content-Length", "5"));
        exchange(request("HEAD", "/"), GatewayResponse.of(404, Headers.of("Content-Length", "9"), Body.empty()));
        exchange(get("/"), GatewayResponse.of(304, Headers.of("ETag", "\"x\""), Body.empty()));
        exchange(get("/"), GatewayResponse.of(204, new Headers(), Body.stream(out -> {}, 0)));
        exchange(get("/"), GatewayResponse.of(103, Headers.of("Link", "</a.css>; rel=preload"), Body.empty()));

        assertThat(violations).isEmpty();
    }

    @Test
    void content_length_on_no_content_or_informational_response_breaks_no_content_length_rule() {
        exchange(get("/"), GatewayResponse.of(204, Headers.of("Content-Length", "0"), Body.empty()));
        exchange(get("/"), GatewayResponse.of(100, Headers.of("Content-Length", "0"), Body.empty()));

        assertThat(rules()).containsExactly("response.no-content-length", "response.no-content-length");
    }

    @Test
    void content_length_that_disagrees_with_the_body_breaks_content_length_rule() {
        exchange(get("/"), ok(Body.of(HELLO), "Content-Length", "6"));
        exchange(get("/"), ok(Body.empty(), "Content-Length", "5"));

        assertThat(rules()).containsExactly("response.content-length", "response.content-length");
        assertThat(violations.getFirst()).hasMessageContaining("Content-Length is 6 but the body has 5 bytes");
    }

    @Test
    void malformed_or_conflicting_content_length_breaks_content_length_rule() {
        exchange(get("/"), ok(Body.empty(), "Content-Length", "five"));
        exchange(get("/"), ok(Body.empty(), "Content-Length", "-1"));
        exchange(get("/"), ok(Body.of(HELLO), "Content-Length", "5", "Content-Length", "6"));

        assertThat(rules()).containsExactly("response.content-length", "response.content-length",
                "response.content-length");
    }

    @Test
    void content_length_with_a_sign_or_spaces_inside_breaks_content_length_rule() {
        exchange(get("/"), ok(Body.of(HELLO), "Content-Length", "+5"));
        exchange(get("/"), ok(Body.of(HELLO), "Content-Length", "5 5"));

        assertThat(rules()).containsExactly("response.content-length", "response.content-length");
    }

    @Test
    void repeated_identical_content_length_is_accepted() {
        exchange(get("/"), ok(Body.of(HELLO), "Content-Length", "5", "content-length", "5"));

        assertThat(violations).isEmpty();
    }

    @Test
    void head_and_not_modified_may_keep_the_content_length_of_the_get() {
        exchange(request("HEAD", "/"), ok(Body.empty(), "Content-Length", "1234"));
        exchange(get("/"), GatewayResponse.of(304, Headers.of("Content-Length", "1234"), Body.empty()));

        assertThat(violations).isEmpty();
    }

    @Test
    void stream_writer_that_writes_fewer_bytes_than_promised_breaks_content_length_rule() {
        exchange(get("/"), ok(Body.stream(out -> out.write(HELLO), 10)));

        assertThat(rules()).containsExactly("response.content-length");
        assertThat(violations.getFirst()).hasMessageContaining("wrote 5 bytes but the response promised 10");
    }

    @Test
    void stream_writer_that_writes_more_than_the_content_length_header_breaks_content_length_rule() {
        exchange(get("/"), ok(Body.stream(out -> {
            out.write(HELLO);
            out.write('!');
        }), "Content-Length", "5"));

        assertThat(rules()).containsExactly("response.content-length");
        assertThat(violations.getFirst()).hasMessageContaining("wrote 6 bytes but the response promised 5");
    }

    @Test
    void stream_writer_that_closes_the_servers_stream_breaks_body_close_rule() {
        exchange(get("/"), ok(Body.stream(OutputStream::close)));

        assertThat(rules()).containsExactly("response.body-close");
    }

    @Test
    void stream_writer_failing_midway_is_not_blamed_for_a_short_body() {
        GatewayResponse response = call(get("/"), ok(Body.stream(out -> {
            out.write(HELLO);
            throw new IOException("client went away");
        }, 10)));

        assertThatThrownBy(() -> writeBody(response)).isInstanceOf(IOException.class);
        assertThat(violations).isEmpty();
    }

    @Test
    void the_checked_stream_passes_bytes_through_unchanged() throws IOException {
        GatewayResponse response = call(get("/"), ok(Body.stream(out -> {
            out.write('<');
            out.write(HELLO, 1, 3);
            out.write(HELLO);
        })));

        assertThat(writeBody(response)).isEqualTo("<ellhello");
        assertThat(violations).isEmpty();
    }

    // --- the wrapper itself --------------------------------------------------------------------------------

    @Test
    void without_a_handler_a_broken_rule_throws() {
        Application lint = GatewayLint.wrap(request -> GatewayResponse.of(99, new Headers(), Body.empty()));

        assertThatThrownBy(() -> lint.call(get("/")))
                .isInstanceOfSatisfying(GatewayLintError.class, e -> assertThat(e.rule()).isEqualTo("response.status"))
                .hasMessageStartingWith("gateway rule response.status broken: application returned status 99");
    }

    @Test
    void start_and_stop_reach_the_wrapped_application() {
        List<String> calls = new ArrayList<>();
        Application app = new Application() {
            @Override
            public GatewayResponse call(GatewayRequest request) {
                return ok(Body.empty());
            }

            @Override
            public void start() {
                calls.add("start");
            }

            @Override
            public void stop() {
                calls.add("stop");
            }
        };

        Application lint = GatewayLint.wrap(app);
        lint.start();
        lint.stop();

        assertThat(calls).containsExactly("start", "stop");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static GatewayRequest request(String method, String path) {
        return new GatewayRequest(method, "http", "", path, "", "HTTP/1.1", Headers.of("Host", "localhost"),
                InputStream.nullInputStream(), CLIENT, SERVER);
    }

    private static GatewayRequest get(String path) {
        return request("GET", path);
    }

    private static GatewayRequest mounted(String scriptName) {
        return new GatewayRequest("GET", "http", scriptName, "/", "", "HTTP/1.1", new Headers(),
                InputStream.nullInputStream(), CLIENT, SERVER);
    }

    private static GatewayRequest withHeaders(Headers headers) {
        return new GatewayRequest("GET", "http", "", "/", "", "HTTP/1.1", headers, InputStream.nullInputStream(),
                CLIENT, SERVER);
    }

    private static GatewayResponse ok(Body body, String... headers) {
        return GatewayResponse.of(200, Headers.of(headers), body);
    }

    private GatewayResponse call(GatewayRequest request, GatewayResponse response) {
        return GatewayLint.wrap(r -> response, violations::add).call(request);
    }

    /** Run one exchange through the lint as a server would: call, write the body, complete. */
    private void exchange(GatewayRequest request, GatewayResponse response) {
        GatewayResponse checked = call(request, response);
        try {
            writeBody(checked);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        checked.completion().completed(null);
    }

    private static String writeBody(GatewayResponse response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (response.body() instanceof Body.Stream stream) {
            stream.writer().writeTo(out);
        }
        return out.toString(US_ASCII);
    }

    private List<String> rules() {
        return violations.stream().map(GatewayLintError::rule).toList();
    }
}
