package dev.jango.gateway.tck.kit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.gateway.ReasonPhrases;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.tck.kit.AdapterTestKit.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reason phrase of HTTP/1.x status lines: the gateway's standard one ({@link ReasonPhrases}) for every status, so
 * that every Jango server says the same, and the application's own when it chose one, whatever the body.
 */
abstract class ReasonPhraseSection extends KitFixture {

    @TempDir
    Path files;

    ReasonPhraseSection(AdapterTestKit kit) {
        super(kit, Section.REASON_PHRASES);
    }

    /** Answer {@code /<status>} with that status, plain text, no phrase of its own. */
    private static GatewayResponse byStatus(GatewayRequest request) {
        int status = Integer.parseInt(request.rawPath().substring(1));
        return GatewayResponse.of(status, Headers.of("Content-Type", "text/plain"), Body.of("x".getBytes(UTF_8)));
    }

    @Test
    void every_status_line_carries_the_gateways_standard_phrase() throws Exception {
        Server server = started(ReasonPhraseSection::byStatus);
        List<String> expected = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        for (int status = 200; status < 600; status++) {
            boolean known = !ReasonPhrases.of(status).equals(ReasonPhrases.UNKNOWN);
            if (known || status == 299 || status == 420 || status == 599) {
                expected.add("HTTP/1.1 " + status + " " + ReasonPhrases.of(status));
                sent.add(statusLine(get(server, "/" + status)));
            }
        }

        assertThat(sent).containsExactlyElementsOf(expected);
    }

    @Test
    void the_applications_own_phrase_is_sent_whatever_the_body_and_version() throws Exception {
        Path file = Files.writeString(files.resolve("body.txt"), "from a file");
        long size = Files.size(file);
        Server server = started(request -> {
            Body body = switch (request.rawPath()) {
                case "/empty" -> Body.empty();
                case "/bytes" -> Body.of("bytes".getBytes(UTF_8));
                case "/stream" -> Body.stream(out -> out.write("streamed".getBytes(UTF_8)));
                case "/large-stream" -> Body.stream(out -> out.write(new byte[100_000]));
                case "/file" -> Body.file(file, size);
                default -> throw new IllegalArgumentException(request.rawPath());
            };
            return GatewayResponse.of(request.rawPath().equals("/empty") ? 204 : 418, new Headers(), body)
                    .withReasonPhrase("Short And Stout");
        });

        for (String path : List.of("/empty", "/bytes", "/stream", "/large-stream", "/file")) {
            String status = path.equals("/empty") ? "204" : "418";
            assertThat(statusLine(get(server, path))).as(path).isEqualTo("HTTP/1.1 " + status + " Short And Stout");
            assertThat(statusLine(exchange(server.port(), "HEAD " + path + " HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\n\r\n"))).as("HEAD " + path).endsWith(" " + status + " Short And Stout");
            assertThat(statusLine(exchange(server.port(), "GET " + path + " HTTP/1.0\r\n\r\n"))).as("1.0 " + path)
                    .matches("HTTP/1\\.[01] " + status + " Short And Stout");
        }
    }

    @Test
    void a_response_that_fails_after_choosing_a_phrase_is_a_500_with_the_standard_phrase() throws Exception {
        Server server = started(request -> GatewayResponse.of(418, Headers.of("X-Bad", "a\r\nb"),
                Body.of("x".getBytes(UTF_8))).withReasonPhrase("Short And Stout"));

        assertThat(statusLine(get(server, "/"))).isEqualTo("HTTP/1.1 500 Internal Server Error");
    }

    private static String statusLine(String response) {
        int end = response.indexOf("\r\n");
        return end < 0 ? response : response.substring(0, end);
    }
}
