package dev.jango.gateway.tck.kit;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.tck.kit.AdapterTestKit.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How exchanges go on a connection: pipelining, 100-continue, what every response carries, unsafe headers. */
abstract class RequestsSection extends KitFixture {

    RequestsSection(AdapterTestKit kit) {
        super(kit, Section.REQUESTS);
    }

    @Test
    void pipelined_requests_are_answered_in_the_order_they_were_sent() throws Exception {
        Server server = started(request -> {
            if (request.rawPath().equals("/slow")) {
                sleep(300);
            }
            return text(request.rawPath());
        });

        try (Socket socket = connect(server.port())) {
            socket.getOutputStream().write(("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\n\r\n").getBytes(ISO_8859_1));
            String both = new String(socket.getInputStream().readAllBytes(), UTF_8);

            assertThat(both.indexOf("\r\n\r\n/slow")).isPositive().isLessThan(both.indexOf("\r\n\r\n/fast"));
        }
    }

    @Test
    void expect_100_continue_is_answered_once_the_application_reads_the_body() throws Exception {
        Server server = started(request -> {
            try {
                return text(request.body().readAllBytes().length + " bytes");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        try (Socket socket = connect(server.port())) {
            socket.getOutputStream().write(("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Length: 5\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1));
            String interim = firstBytes(socket, 25);
            socket.getOutputStream().write("hello".getBytes(ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), UTF_8);

            assertThat(interim).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 200").endsWith("5 bytes");
        }
    }

    @Test
    void responses_carry_a_date_and_do_not_advertise_the_server_software() throws Exception {
        Server server = started(request -> text("hi"));

        String response = get(server, "/").toLowerCase(Locale.ROOT);

        assertThat(response).startsWith("http/1.1 200").contains("\r\ndate: ").doesNotContain("\r\nserver:")
                .doesNotContain("x-powered-by");
        assertThat(response).as("an IMF-fixdate, RFC 9110 5.6.7")
                .containsPattern("\r\ndate: (mon|tue|wed|thu|fri|sat|sun), \\d\\d [a-z]{3} \\d{4} "
                        + "\\d\\d:\\d\\d:\\d\\d gmt\r\n");
    }

    @Test
    void response_header_with_a_line_break_becomes_a_bare_500_never_a_split_response() throws Exception {
        BlockingQueue<Optional<Throwable>> completions = new LinkedBlockingQueue<>();
        Server server = started(request -> GatewayResponse.of(200,
                Headers.of("X-Echo", "a\r\nSet-Cookie: stolen=1"), Body.of("body".getBytes(UTF_8)))
                .withCompletion(failure -> completions.add(Optional.ofNullable(failure))));

        String response = get(server, "/");

        assertThat(response).startsWith("HTTP/1.1 500").doesNotContain("stolen").doesNotContain("body");
        assertThat(completions.poll(PATIENCE_MS, TimeUnit.MILLISECONDS)).as("what the completion was called with")
                .hasValueSatisfying(failure -> assertThat(failure).isInstanceOf(IllegalArgumentException.class));
    }
}
