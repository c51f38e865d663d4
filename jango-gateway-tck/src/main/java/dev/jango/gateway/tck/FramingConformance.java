package dev.jango.gateway.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * Conformance, part 1: message framing and what the request carries — keep-alive, bodiless responses,
 * header fields in order, the path and query exactly as sent, scheme, protocol and addresses.
 */
public abstract class FramingConformance extends ServerFixture {

    FramingConformance() {}

    @Test
    void keep_alive_connection_serves_two_requests() throws Exception {
        BlockingQueue<GatewayRequest> seen = new LinkedBlockingQueue<>();
        int port = serve(request -> {
            seen.add(request);
            return text("you asked for " + request.rawPath());
        });
        RawHttp connection = connect(port);

        RawHttp.Response first = connection.send("GET /one HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
        RawHttp.Response second = connection.send("GET /two HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text()).isEqualTo("you asked for /one");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text()).isEqualTo("you asked for /two");
        int clientPort = connection.localAddress().getPort();
        assertThat(next(seen, "the first request").remoteAddress().getPort()).isEqualTo(clientPort);
        assertThat(next(seen, "the second request").remoteAddress().getPort()).isEqualTo(clientPort);
    }

    @Test
    void head_response_keeps_the_content_length_of_the_get_and_sends_no_body() throws Exception {
        int port = serve(request -> request.method().equals("HEAD")
                ? GatewayResponse.of(200, Headers.of("Content-Type", "text/plain", "Content-Length", "11"),
                        Body.empty())
                : text("hello world"));
        RawHttp connection = connect(port);

        RawHttp.Response head = connection.send("HEAD /page HTTP/1.1\r\nHost: localhost\r\n\r\n").read(true);
        // Had the server sent body bytes after the HEAD response, they would garble the next status line.
        RawHttp.Response get = connection.send("GET /page HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length")).isEqualTo("11");
        assertThat(head.header("Transfer-Encoding")).isNull();
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.text()).isEqualTo("hello world");
    }

    @Test
    void head_and_not_modified_responses_get_no_invented_content_length() throws Exception {
        // RFC 9110 8.6: such a Content-Length must equal the GET's, which only the application knows.
        int port = serve(request -> GatewayResponse.of(request.method().equals("HEAD") ? 200 : 304,
                Headers.of("ETag", "\"v1\""), Body.empty()));
        RawHttp connection = connect(port);

        RawHttp.Response head = connection.send("HEAD /stream HTTP/1.1\r\nHost: localhost\r\n\r\n").read(true);
        RawHttp.Response notModified = connection.send("GET /stream HTTP/1.1\r\nHost: localhost\r\n"
                + "If-None-Match: \"v1\"\r\n\r\n").read();
        RawHttp.Response again = connection.send("HEAD /stream HTTP/1.1\r\nHost: localhost\r\n\r\n").read(true);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length")).isNull();
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("Content-Length")).isNull();
        assertThat(again.status()).isEqualTo(200);
    }

    @Test
    void no_content_response_has_no_body_and_no_content_length() throws Exception {
        int port = serve(request -> GatewayResponse.of(204, Headers.of("X-Done", "yes"), Body.empty()));
        RawHttp connection = connect(port);

        RawHttp.Response noContent = connection.send("DELETE /item/1 HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
        RawHttp.Response again = connection.send("DELETE /item/2 HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(noContent.status()).isEqualTo(204);
        assertThat(noContent.header("X-Done")).isEqualTo("yes");
        assertThat(noContent.header("Content-Length")).isNull();
        assertThat(noContent.header("Transfer-Encoding")).isNull();
        assertThat(again.status()).isEqualTo(204);
    }

    @Test
    void not_modified_response_has_no_body() throws Exception {
        int port = serve(request -> request.headers().contains("If-None-Match")
                ? GatewayResponse.of(304, Headers.of("ETag", "\"v1\""), Body.empty())
                : text("fresh"));
        RawHttp connection = connect(port);

        RawHttp.Response notModified = connection
                .send("GET /doc HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: \"v1\"\r\n\r\n").read();
        RawHttp.Response fresh = connection.send("GET /doc HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("ETag")).isEqualTo("\"v1\"");
        assertThat(notModified.header("Transfer-Encoding")).isNull();
        assertThat(fresh.text()).isEqualTo("fresh");
    }

    @Test
    void a_hundred_request_headers_all_arrive_in_order() throws Exception {
        BlockingQueue<GatewayRequest> seen = new LinkedBlockingQueue<>();
        int port = serve(request -> {
            seen.add(request);
            return text("ok");
        });
        StringBuilder head = new StringBuilder("GET / HTTP/1.1\r\nHost: localhost\r\n");
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            head.append("X-Header-").append(i).append(": value ").append(i).append("\r\n");
            sent.add("X-Header-" + i + "=value " + i);
        }

        RawHttp.Response response = connect(port).send(head.append("\r\n").toString()).read();

        assertThat(response.status()).isEqualTo(200);
        Headers headers = next(seen, "the request").headers();
        List<String> arrived = new ArrayList<>();
        headers.forEach((name, value) -> {
            if (name.toLowerCase(Locale.ROOT).startsWith("x-header-")) {
                arrived.add(name + "=" + value);
            }
        });
        assertThat(arrived).hasSize(100);
        for (int i = 0; i < 100; i++) {
            assertThat(arrived.get(i)).isEqualToIgnoringCase(sent.get(i));
            assertThat(headers.get("X-HEADER-" + i)).isEqualTo("value " + i);
        }
    }

    @Test
    void repeated_request_headers_arrive_as_separate_fields_in_order() throws Exception {
        BlockingQueue<GatewayRequest> seen = new LinkedBlockingQueue<>();
        int port = serve(request -> {
            seen.add(request);
            return text("ok");
        });

        connect(port).send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Multi: one\r\nX-Other: x\r\n"
                + "X-Multi: two\r\nx-multi: three\r\n\r\n").read();

        Headers headers = next(seen, "the request").headers();
        assertThat(headers.getAll("X-Multi")).containsExactly("one", "two", "three");
        assertThat(headers.get("x-other")).isEqualTo("x");
    }

    @Test
    void repeated_response_headers_are_all_sent_in_order() throws Exception {
        int port = serve(request -> GatewayResponse.of(200,
                Headers.of("Set-Cookie", "a=1; Path=/", "Content-Type", "text/plain", "Set-Cookie", "b=2; HttpOnly"),
                Body.of(new byte[] {'o', 'k'})));

        RawHttp.Response response = connect(port).send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(response.head().headers("Set-Cookie")).containsExactly("a=1; Path=/", "b=2; HttpOnly");
        assertThat(response.text()).isEqualTo("ok");
    }

    @Test
    void encoded_paths_arrive_in_raw_path_exactly_as_sent() throws Exception {
        BlockingQueue<GatewayRequest> seen = new LinkedBlockingQueue<>();
        int port = serve(request -> {
            seen.add(request);
            return text(request.rawPath());
        });
        List<String> paths = List.of("/caf%C3%A9/a%2Fb", "/%E6%97%A5%E6%9C%AC/x", "/a%20b/c%25d", "/%7Euser/",
                "/with//empty", "/x;v=1/y", "/+plus+/", "/");
        RawHttp connection = connect(port);

        for (String path : paths) {
            RawHttp.Response response = connection.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

            assertThat(response.status()).as("status for %s", path).isEqualTo(200);
            assertThat(next(seen, "a request for " + path).rawPath()).isEqualTo(path);
        }
    }

    @Test
    void query_string_arrives_exactly_as_sent_and_empty_when_absent() throws Exception {
        BlockingQueue<GatewayRequest> seen = new LinkedBlockingQueue<>();
        int port = serve(request -> {
            seen.add(request);
            return text("ok");
        });
        RawHttp connection = connect(port);

        connection.send("GET /search?a=1&b=%20x&a=2 HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
        connection.send("GET /search?q=caf%C3%A9+au+lait&empty=&flag HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
        connection.send("GET /search HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        GatewayRequest first = next(seen, "the first request");
        assertThat(first.rawPath()).isEqualTo("/search");
        assertThat(first.rawQuery()).isEqualTo("a=1&b=%20x&a=2");
        assertThat(next(seen, "the second request").rawQuery()).isEqualTo("q=caf%C3%A9+au+lait&empty=&flag");
        assertThat(next(seen, "the third request").rawQuery()).isEmpty();
    }

    @Test
    void request_carries_method_scheme_script_name_protocol_and_addresses() throws Exception {
        BlockingQueue<GatewayRequest> seen = new LinkedBlockingQueue<>();
        int port = serve(request -> {
            seen.add(request);
            return text("ok");
        });
        RawHttp connection = connect(port);

        connection.send("PATCH /thing HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n").read();

        GatewayRequest request = next(seen, "the request");
        assertThat(request.method()).isEqualTo("PATCH");
        assertThat(request.scheme()).isEqualTo("http");
        assertThat(request.scriptName()).isEmpty();
        assertThat(request.protocol()).isEqualTo("HTTP/1.1");
        InetSocketAddress client = connection.localAddress();
        assertThat(request.remoteAddress().getAddress()).isEqualTo(client.getAddress());
        assertThat(request.remoteAddress().getPort()).isEqualTo(client.getPort());
        assertThat(request.localAddress().getAddress().isLoopbackAddress()).isTrue();
        assertThat(request.localAddress().getPort()).isEqualTo(port);
    }

    @Test
    void http_1_0_request_is_reported_as_http_1_0() throws Exception {
        BlockingQueue<GatewayRequest> seen = new LinkedBlockingQueue<>();
        int port = serve(request -> {
            seen.add(request);
            return text("old but fine");
        });

        RawHttp.Response response = connect(port).send("GET /legacy HTTP/1.0\r\n\r\n").read();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("old but fine");
        assertThat(next(seen, "the request").protocol()).isEqualTo("HTTP/1.0");
    }
}
