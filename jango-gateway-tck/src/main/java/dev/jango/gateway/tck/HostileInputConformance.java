package dev.jango.gateway.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Application;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Conformance, part 4: hostile and broken input, served with {@link Limits#SMALL}. Each gets a clean 4xx —
 * never a 500, never a hang — and the server goes on serving well-formed requests.
 */
public abstract class HostileInputConformance extends FaultConformance {

    HostileInputConformance() {}

    @Test
    void malformed_request_lines_get_400() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        int port = serveSmall(calls);

        for (String requestLine : List.of("GARBAGE", "GET /x HTTP/1.1 trailing-junk", "G@T /x HTTP/1.1",
                "GET /x HTTP/1.1\0", "GET /a\u0001b HTTP/1.1", "GET /x HTTP/1.1\rX")) {
            assertThat(statusFor(port, requestLine + "\r\nHost: localhost\r\n\r\n"))
                    .as("status for request line '%s'", requestLine).isEqualTo(400);
        }
        assertThat(calls).as("calls that reached the application").hasValue(0);
        assertStillServing(port);
    }

    @Test
    void header_line_without_colon_gets_400() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        int port = serveSmall(calls);

        assertThat(statusFor(port, "GET / HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n")).isEqualTo(400);
        assertThat(calls).hasValue(0);
        assertStillServing(port);
    }

    @Test
    void header_name_with_space_before_colon_gets_400() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        int port = serveSmall(calls);

        assertThat(statusFor(port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Spaced : value\r\n\r\n")).isEqualTo(400);
        assertThat(calls).hasValue(0);
        assertStillServing(port);
    }

    @Test
    void http_1_1_request_without_host_gets_400() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        int port = serveSmall(calls);

        assertThat(statusFor(port, "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n")).isEqualTo(400);
        assertThat(calls).hasValue(0);
        assertStillServing(port);
    }

    @Test
    void header_block_larger_than_the_limit_gets_431_or_400() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        int port = serveSmall(calls);
        String big = "x".repeat(Limits.SMALL.maxRequestHeaderSize() + 1024);

        assertThat(statusFor(port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big + "\r\n\r\n"))
                .isIn(431, 400);
        assertThat(statusFor(port, "GET / HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Many: 0123456789012345678901234567890123456789\r\n".repeat(120) + "\r\n"))
                .isIn(431, 400);
        assertThat(calls).hasValue(0);
        assertStillServing(port);
    }

    @Test
    void header_block_within_the_limit_is_accepted() throws Exception {
        int port = serveSmall(new AtomicInteger());
        String value = "x".repeat(Limits.SMALL.maxRequestHeaderSize() / 2);

        assertThat(statusFor(port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Half: " + value + "\r\n\r\n"))
                .isEqualTo(200);
    }

    @Test
    void invalid_content_length_gets_400() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        int port = serveSmall(calls);

        for (String contentLength : List.of("abc", "-1", "1.5", "0x10", "99999999999999999999999")) {
            assertThat(statusFor(port, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + contentLength
                    + "\r\n\r\n")).as("status for Content-Length: %s", contentLength).isEqualTo(400);
        }
        assertThat(statusFor(port, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n"
                + "Content-Length: 4\r\n\r\nabcd")).as("status for two different lengths").isEqualTo(400);
        assertThat(calls).hasValue(0);
        assertStillServing(port);
    }

    @Test
    void body_larger_than_the_limit_with_content_length_gets_413() throws Exception {
        int port = serveSmall(new AtomicInteger());
        long tooBig = Limits.SMALL.maxRequestBodySize() + 1;

        // Only the head is sent: the server must answer from the declared length, without waiting for a body.
        assertThat(statusFor(port, "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + tooBig
                + "\r\n\r\n")).isEqualTo(413);
        assertStillServing(port);
    }

    @Test
    void chunked_body_larger_than_the_limit_gets_413() throws Exception {
        int port = serveSmall(new AtomicInteger());
        byte[] tooBig = BodyConformance.randomBytes((int) Limits.SMALL.maxRequestBodySize() + 1, 7);

        try (RawHttp connection = new RawHttp(port)) {
            connection.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .sendChunked(tooBig, 16 * 1024);

            assertThat(connection.read().status()).isEqualTo(413);
        }
        assertStillServing(port);
    }

    @Test
    void body_exactly_at_the_limit_is_accepted() throws Exception {
        int port = serveSmall(new AtomicInteger());
        byte[] body = BodyConformance.randomBytes((int) Limits.SMALL.maxRequestBodySize(), 8);

        try (RawHttp connection = new RawHttp(port)) {
            RawHttp.Response sized = connection.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                    + body.length + "\r\n\r\n").send(body).read();
            RawHttp.Response chunked = connection.send("POST /echo HTTP/1.1\r\nHost: localhost\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").sendChunked(body, 10_000).read();

            assertThat(sized.text()).isEqualTo(digestLine(body));
            assertThat(chunked.text()).isEqualTo(digestLine(body));
        }
    }

    @Test
    void malformed_chunked_body_gets_400() throws Exception {
        int port = serveSmall(new AtomicInteger());

        assertThat(statusFor(port, "POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "zz\r\nhello\r\n0\r\n\r\n")).isEqualTo(400);
        assertStillServing(port);
    }

    /** Serve an application that echoes the body's digest on /echo and counts its calls, within small limits. */
    private int serveSmall(AtomicInteger calls) throws Exception {
        Application app = request -> {
            calls.incrementAndGet();
            return request.rawPath().equals("/echo") ? echoDigest(request) : text("fine");
        };
        return serve(app, Limits.SMALL);
    }

    /** Send {@code request} on a fresh connection and return the status of the answer. */
    private static int statusFor(int port, String request) throws IOException {
        try (RawHttp connection = new RawHttp(port)) {
            return connection.send(request).read().status();
        }
    }

    private static void assertStillServing(int port) throws IOException {
        assertThat(statusFor(port, "GET /after HTTP/1.1\r\nHost: localhost\r\n\r\n"))
                .as("status of a good request afterwards").isEqualTo(200);
    }
}
