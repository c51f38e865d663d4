package dev.jango.gateway.tck;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Conformance, part 3: failures — a client that goes away mid-response, an application or body writer that
 * throws, a body shorter than promised, a completion that throws. The server reports them to the
 * completion, never dresses a failed response up as a complete one, and keeps serving.
 */
public abstract class FaultConformance extends BodyConformance {

    private static final long ONE_GIB = 1L << 30;

    FaultConformance() {}

    @Test
    void client_disconnect_mid_response_fails_the_writer_and_the_completion_and_the_server_keeps_serving()
            throws Exception {
        CompletableFuture<Throwable> writerOutcome = new CompletableFuture<>();
        CompletionProbe completion = new CompletionProbe();
        int port = serve(request -> request.rawPath().equals("/endless")
                ? new GatewayResponse(200, new Headers(), Body.stream(out -> {
                    byte[] block = new byte[64 * 1024];
                    try {
                        for (long sent = 0; sent < ONE_GIB; sent += block.length) {
                            out.write(block);
                        }
                    } catch (IOException e) {
                        writerOutcome.complete(e);
                        throw e;
                    }
                    writerOutcome.complete(null);
                }), completion)
                : text("still here"));
        RawHttp connection = connect(port);

        RawHttp.Head head = connection.send("GET /endless HTTP/1.1\r\nHost: localhost\r\n\r\n").readHead();
        byte[] some = connection.body(head).readNBytes(100_000);
        connection.close();

        assertThat(head.status()).isEqualTo(200);
        assertThat(some).hasSize(100_000);
        assertThat(writerOutcome.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                .as("what the writer's stream threw once the client was gone").isInstanceOf(IOException.class);
        assertThat(completion.await()).as("failure passed to the completion").isNotNull();
        assertThat(get(port, "/next").body()).isEqualTo("still here");
    }

    @Test
    void application_exception_becomes_a_bare_500_and_the_server_keeps_serving() throws Exception {
        int port = serve(request -> {
            if (request.rawPath().equals("/boom")) {
                throw new IllegalStateException("secret internals of a bug");
            }
            return text("fine");
        });

        RawHttp.Response boom = connect(port).send("GET /boom HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(boom.status()).isEqualTo(500);
        assertThat(boom.text()).doesNotContain("secret internals").doesNotContain("IllegalStateException");
        assertThat(get(port, "/ok").body()).isEqualTo("fine");
        assertThat(get(port, "/boom").statusCode()).isEqualTo(500);
    }

    @Test
    void application_returning_null_gets_a_500() throws Exception {
        expectViolation("response.not-null");
        int port = serve(request -> request.rawPath().equals("/null") ? null : text("fine"));

        assertThat(get(port, "/null").statusCode()).isEqualTo(500);
        assertThat(get(port, "/ok").body()).isEqualTo("fine");
    }

    @Test
    void body_writer_that_throws_fails_the_completion_and_never_looks_complete() throws Exception {
        CompletionProbe completion = new CompletionProbe();
        int port = serve(request -> request.rawPath().equals("/broken")
                ? new GatewayResponse(200, new Headers(), Body.stream(out -> {
                    out.write("partial".getBytes(US_ASCII));
                    throw new IllegalStateException("secret internals of a writer bug");
                }), completion)
                : text("fine"));
        RawHttp connection = connect(port);

        String outcome = outcome(connection.send("GET /broken HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                "secret internals");

        assertThat(outcome).as("what the client saw").isIn("status 500", "connection ended mid-response");
        assertThat(completion.await()).as("failure passed to the completion").isNotNull();
        assertThat(get(port, "/next").body()).isEqualTo("fine");
    }

    @Test
    void stream_shorter_than_its_promised_length_ends_the_exchange_instead_of_hanging() throws Exception {
        expectViolation("response.content-length");
        CompletionProbe completion = new CompletionProbe();
        int port = serve(request -> request.rawPath().equals("/short")
                ? new GatewayResponse(200, new Headers(), Body.stream(out -> out.write("12345".getBytes(US_ASCII)), 10),
                        completion)
                : text("fine"));
        RawHttp connection = connect(port);

        String outcome = outcome(connection.send("GET /short HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                "content-length");

        assertThat(outcome).as("what the client saw").isIn("status 500", "connection ended mid-response");
        assertThat(completion.await()).as("failure passed to the completion").isNotNull();
        assertThat(get(port, "/next").body()).isEqualTo("fine");
    }

    @Test
    void completion_that_throws_does_not_disturb_the_server() throws Exception {
        int port = serve(request -> text("done").withCompletion(failure -> {
            throw new IllegalStateException("completion bug");
        }));
        RawHttp connection = connect(port);

        RawHttp.Response first = connection.send("GET /1 HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
        RawHttp.Response second = connection.send("GET /2 HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(first.text()).isEqualTo("done");
        assertThat(second.text()).isEqualTo("done");
    }

    /**
     * What the client made of a failed response: "status N" for a server error response that does not show
     * {@code secret}, "connection ended mid-response" when the server cut it short, or a description of
     * anything else.
     */
    private static String outcome(RawHttp connection, String secret) throws IOException {
        try {
            RawHttp.Head head = connection.readHead();
            String body = new String(connection.body(head).readAllBytes(), UTF_8);
            if (head.status() >= 500) {
                return body.toLowerCase(Locale.ROOT).contains(secret) ? "status " + head.status() + " showing " + body
                        : "status " + head.status();
            }
            return "complete " + head.status() + " with body '" + body + "'";
        } catch (SocketTimeoutException hang) {
            throw hang;
        } catch (IOException cutShort) {
            return "connection ended mid-response";
        }
    }
}
