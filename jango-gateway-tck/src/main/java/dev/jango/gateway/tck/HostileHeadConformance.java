package dev.jango.gateway.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Conformance, part 4: hostile request lines and header fields, served within {@link Limits#SMALL}, and heads
 * sent slowly or followed by garbage. Each is refused with a 4xx or a close — never a 5xx, never a hang — unless
 * a correct server may accept it, in which case the application sees exactly what the test says; the server
 * goes on serving either way.
 */
public abstract class HostileHeadConformance extends HostileFixture {

    private static final String GET = "GET /x HTTP/1.1";
    private static final String HOST = "Host: localhost";

    // --- the request line ----------------------------------------------------------------------------------
    static final String NO_VERSION = head("GET /x", HOST);
    static final String HTTP_2_0 = head("GET /x HTTP/2.0", HOST);
    static final String HTTP_9_9 = head("GET /x HTTP/9.9", HOST);
    static final String LOWERCASE_METHOD = head("get /x HTTP/1.1", HOST);
    static final String NON_ASCII_METHOD = head("G\u00c9T /x HTTP/1.1", HOST);
    static final String NUL_IN_TARGET = head("GET /a\0b HTTP/1.1", HOST);
    static final String SPACE_IN_TARGET = head("GET /a b HTTP/1.1", HOST);
    static final String LONG_REQUEST_LINE = head("GET /" + "a".repeat(5 * 1024) + " HTTP/1.1", HOST);
    static final String LONG_METHOD = head("A".repeat(5 * 1024) + " /x HTTP/1.1", HOST);
    static final String TLS_CLIENT_HELLO = "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003"
            + "\0".repeat(64);
    static final List<String> MALFORMED_REQUEST_LINES = List.of("GARBAGE", "GET /x HTTP/1.1 trailing-junk",
            "G@T /x HTTP/1.1", "GET /x HTTP/1.1\0", "GET /a\u0001b HTTP/1.1", "GET /x HTTP/1.1\rX",
            "GET /x\rHTTP/1.1", "GET\r/x HTTP/1.1").stream()
            .map(line -> head(line, HOST)).toList();

    // --- header fields -------------------------------------------------------------------------------------
    static final String OBS_FOLD = head(GET, HOST, "X-Folded: one", " two");
    static final String TWO_HOSTS = head(GET, HOST, "Host: evil.example");
    static final String NO_COLON = head(GET, HOST, "No colon here");
    static final String SPACE_BEFORE_COLON = head(GET, HOST, "X-Spaced : value");
    static final String EMPTY_NAME = head(GET, HOST, ": value");
    static final String NUL_IN_VALUE = head(GET, HOST, "X-Nul: a\0b");
    static final String CR_IN_VALUE = head(GET, HOST, "X-Cr: a\rb");
    static final String NON_ASCII_NAME = head(GET, HOST, "X-Caf\u00e9: 1");
    static final String SPACE_BEFORE_FIRST_HEADER = head(GET, " X-Sneaky: yes", HOST);
    static final String ONE_HUGE_HEADER = head(GET, HOST, "X-Big: " + "x".repeat(5 * 1024));
    static final String MANY_HEADERS = head(GET, HOST, "X-Many: 0123456789012345678901234567890123456789\r\n"
            .repeat(120).strip());
    static final String THOUSANDS_OF_TINY_HEADERS = head(GET, HOST, "a:b\r\n".repeat(2000).strip());
    static final String UNKNOWN_EXPECTATION = head("POST /x HTTP/1.1", HOST, "Expect: 200-ok", "Content-Length: 2")
            + "hi";

    // --- heads sent slowly, or followed by garbage ---------------------------------------------------------
    static final String PARTIAL_HEAD = GET + "\r\nHost: loc";
    static final String GARBAGE_AFTER_A_REQUEST = head("GET /first HTTP/1.1", HOST)
            + "\u0016\u0003\u0001garbage\r\n\r\n";

    HostileHeadConformance() {}

    @HostileTest
    void several_host_fields_are_refused_with_400() throws Exception {
        // RFC 9112 3.2: a request with more than one Host field gets 400; which host would the application check?
        assertThat(refusal(TWO_HOSTS)).isEqualTo(400);
    }

    @HostileTest
    void request_line_without_a_version_is_refused() throws Exception {
        refusal(NO_VERSION);
    }

    @HostileTest
    void http_2_0_request_line_on_an_http_1_connection_is_refused() throws Exception {
        refusal(HTTP_2_0);
    }

    @HostileTest
    void unknown_http_version_is_refused_with_a_4xx_not_a_505() throws Exception {
        refusal(HTTP_9_9);
    }

    @HostileTest
    void lowercase_method_is_refused_or_reaches_the_application_unchanged() throws Exception {
        // Methods are case-sensitive (RFC 9110 9.1): "get" is not GET, so it must never arrive as GET.
        refusedOrPassed(exchange(LOWERCASE_METHOD), seen -> assertThat(seen.request().method()).isEqualTo("get"));
    }

    @HostileTest
    void method_with_a_non_token_byte_is_refused() throws Exception {
        refusal(NON_ASCII_METHOD);
    }

    @HostileTest
    void nul_in_the_request_target_is_refused() throws Exception {
        refusal(NUL_IN_TARGET);
    }

    @HostileTest
    void space_inside_the_request_target_is_refused() throws Exception {
        refusal(SPACE_IN_TARGET);
    }

    @HostileTest
    void request_line_longer_than_the_head_limit_gets_414_431_or_400() throws Exception {
        assertThat(refusal(LONG_REQUEST_LINE)).isIn(414, 431, 400);
    }

    @HostileTest
    void method_longer_than_the_head_limit_is_refused() throws Exception {
        refusal(LONG_METHOD);
    }

    @HostileTest
    void tls_handshake_sent_to_the_plain_text_port_is_refused() throws Exception {
        refusal(TLS_CLIENT_HELLO);
    }

    @HostileTest
    void malformed_request_lines_get_400() throws Exception {
        for (String request : MALFORMED_REQUEST_LINES) {
            assertThat(refusal(request)).as("status for %s", request.lines().findFirst().orElseThrow()).isEqualTo(400);
        }
    }

    @HostileTest
    void obsolete_line_folding_gets_400() throws Exception {
        assertThat(refusal(OBS_FOLD)).isEqualTo(400);
    }

    @HostileTest
    void header_line_without_colon_gets_400() throws Exception {
        assertThat(refusal(NO_COLON)).isEqualTo(400);
    }

    @HostileTest
    void space_between_header_name_and_colon_gets_400() throws Exception {
        // RFC 9112 5.1: a server MUST reject it with 400, or "Transfer-Encoding : chunked" smuggles a body.
        assertThat(refusal(SPACE_BEFORE_COLON)).isEqualTo(400);
    }

    @HostileTest
    void empty_header_name_is_refused() throws Exception {
        refusal(EMPTY_NAME);
    }

    @HostileTest
    void nul_in_a_header_value_is_refused_or_replaced_by_a_space() throws Exception {
        // RFC 9110 5.5: reject the message, or replace each CR, LF and NUL with SP before going on.
        refusedOrPassed(exchange(NUL_IN_VALUE),
                seen -> assertThat(seen.request().headers().get("X-Nul")).isEqualTo("a b"));
    }

    @HostileTest
    void bare_cr_in_a_header_value_gets_400() throws Exception {
        // RFC 9112 2.2 lets a server reject a bare CR or replace it by a space; Jango's adapters all reject it,
        // in the head as in the request line ("GET /x\rHTTP/1.1" above), so no two of them read it differently.
        assertThat(refusal(CR_IN_VALUE)).isEqualTo(400);
    }

    @HostileTest
    void non_ascii_byte_in_a_header_name_is_refused() throws Exception {
        refusal(NON_ASCII_NAME);
    }

    @HostileTest
    void whitespace_before_the_first_header_is_refused_or_its_line_ignored() throws Exception {
        // RFC 9112 2.2: reject the message, or consume each whitespace-preceded line without processing it.
        refusedOrPassed(exchange(SPACE_BEFORE_FIRST_HEADER), seen -> assertThat(seen.request().headers().names())
                .noneMatch(name -> name.strip().equalsIgnoreCase("X-Sneaky")));
    }

    @HostileTest
    void one_header_larger_than_the_head_limit_gets_431_or_400() throws Exception {
        assertThat(refusal(ONE_HUGE_HEADER)).isIn(431, 400);
    }

    @HostileTest
    void many_headers_past_the_head_limit_get_431_or_400() throws Exception {
        assertThat(refusal(MANY_HEADERS)).isIn(431, 400);
    }

    @HostileTest
    void thousands_of_tiny_headers_get_431_or_400() throws Exception {
        assertThat(refusal(THOUSANDS_OF_TINY_HEADERS)).isIn(431, 400);
    }

    @HostileTest
    void head_within_the_limit_is_accepted() throws Exception {
        String value = "x".repeat(Limits.SMALL.maxRequestHeaderSize() / 2);

        Exchange exchange = exchange(head("GET /x HTTP/1.1", "Host: localhost", "X-Half: " + value));

        assertThat(exchange.outcome()).isEqualTo(200);
        assertThat(exchange.seen().getFirst().request().headers().get("X-Half")).isEqualTo(value);
    }

    @HostileTest
    void unknown_expectation_is_refused_or_ignored() throws Exception {
        // RFC 9110 10.1.1: a server MAY answer 417 to an expectation other than 100-continue.
        refusedOrPassed(exchange(UNKNOWN_EXPECTATION), seen -> assertThat(seen.body()).isEqualTo(bytes("hi")));
    }

    @HostileTest
    void slow_partial_head_then_close_never_reaches_the_application_nor_blocks_others() throws Exception {
        Witness app = new Witness();
        int port = serve(app, Limits.SMALL);

        try (RawHttp slow = new RawHttp(port)) {
            for (String piece : PARTIAL_HEAD.split("(?<=\n)")) {
                slow.send(piece);
                Thread.sleep(100);
            }
            assertStillServing(port); // while the slow head is still open

            assertRefused(outcome(slow.shutdownOutput()));
        }
        assertStillServing(port);
        assertThat(app.seen).as("requests that reached the application").isEmpty();
    }

    @HostileTest
    void garbage_pipelined_after_a_good_request_gets_the_good_answer_then_a_refusal() throws Exception {
        Witness app = new Witness();
        int port = serve(app, Limits.SMALL);

        List<Integer> answers = answersUntilClosed(port, GARBAGE_AFTER_A_REQUEST);

        assertThat(answers).as("statuses answered").first().isEqualTo(200);
        answers.stream().skip(1).forEach(HostileFixture::assertRefused);
        assertThat(app.seen).as("requests that reached the application").singleElement()
                .satisfies(seen -> assertThat(seen.request().rawPath()).isEqualTo("/first"));
        assertStillServing(port);
    }
}
