package dev.jango.gateway.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Conformance, part 5: hostile message framing and bodies, served within {@link Limits#SMALL} — conflicting
 * or malformed lengths, transfer codings, broken chunks, bodies cut short or too large, and request smuggling.
 * None gets a 5xx or hangs, none reaches the application as a whole body or as a second request, and the server
 * goes on serving.
 */
public abstract class HostileBodyConformance extends HostileHeadConformance {

    private static final String POST = "POST /x HTTP/1.1";
    private static final String HOST = "Host: localhost";
    private static final String CHUNKED = head(POST, HOST, "Transfer-Encoding: chunked");
    private static final String SMUGGLED = head("GET /smuggled HTTP/1.1", HOST);

    // --- lengths and transfer codings ----------------------------------------------------------------------
    static final String DIFFERENT_LENGTHS = head(POST, HOST, "Content-Length: 3", "Content-Length: 4") + "abcd";
    static final String IDENTICAL_LENGTHS = head(POST, HOST, "Content-Length: 4", "Content-Length: 4") + "abcd";
    static final String LENGTH_AND_CHUNKED = head(POST, HOST, "Content-Length: 5", "Transfer-Encoding: chunked")
            + "5\r\nhello\r\n0\r\n\r\n";
    static final String GZIP_CODING = head(POST, HOST, "Transfer-Encoding: gzip") + "hello";
    static final String GZIP_THEN_CHUNKED = head(POST, HOST, "Transfer-Encoding: gzip, chunked")
            + "5\r\nhello\r\n0\r\n\r\n";
    static final String IDENTITY_CODING = head(POST, HOST, "Transfer-Encoding: identity", "Content-Length: 5")
            + "hello";
    static final String CHUNKED_TWICE = head(POST, HOST, "Transfer-Encoding: chunked, chunked")
            + "5\r\nhello\r\n0\r\n\r\n";
    static final String NEGATIVE_LENGTH = head(POST, HOST, "Content-Length: -1");
    static final String LENGTH_PAST_A_LONG = head(POST, HOST, "Content-Length: 99999999999999999999999");
    static final String HEX_LENGTH = head(POST, HOST, "Content-Length: 0x10") + "0123456789abcdef";
    static final List<String> OTHER_BAD_LENGTHS = List.of("abc", "1.5", "+5", "1 0", "").stream()
            .map(length -> head(POST, HOST, "Content-Length: " + length) + "hello").toList();

    // --- chunks --------------------------------------------------------------------------------------------
    static final String OVERFLOWING_CHUNK_SIZE = CHUNKED + "ffffffffffffffffff1\r\nhello\r\n0\r\n\r\n";
    static final String CHUNK_SIZE_WITH_JUNK = CHUNKED + "5g\r\nhello\r\n0\r\n\r\n";
    static final String CHUNK_LONGER_THAN_ITS_SIZE = CHUNKED + "3\r\nhello\r\n0\r\n\r\n";
    static final String HUGE_CHUNK_EXTENSION = CHUNKED + "5;" + "x".repeat(100_000) + "\r\nhello\r\n0\r\n\r\n";

    // --- bodies cut short or too large ---------------------------------------------------------------------
    static final String MISSING_LAST_CHUNK = CHUNKED + "5\r\nhello\r\n";
    static final String SHORT_BODY = head(POST, HOST, "Content-Length: 100") + "hello";
    static final String TEN_GIGABYTES = head(POST, HOST, "Content-Length: 10737418240");
    static final String EXPECT_CONTINUE_PAST_THE_LIMIT = head(POST, HOST, "Expect: 100-continue",
            "Content-Length: 10737418240");

    // --- smuggling -----------------------------------------------------------------------------------------
    static final String CL_TE_SMUGGLING = head(POST, HOST, "Content-Length: " + (5 + SMUGGLED.length()),
            "Transfer-Encoding: chunked") + "0\r\n\r\n" + SMUGGLED;
    static final String TE_CL_SMUGGLING = head(POST, HOST, "Content-Length: 4", "Transfer-Encoding: chunked")
            + Integer.toHexString(SMUGGLED.length()) + "\r\n" + SMUGGLED + "\r\n0\r\n\r\n";
    static final String TE_TE_SMUGGLING = head(POST, HOST, "Content-Length: 4", "Transfer-Encoding: chunked",
            "Transfer-Encoding: cow") + Integer.toHexString(SMUGGLED.length()) + "\r\n" + SMUGGLED + "\r\n0\r\n\r\n";
    static final String CHUNKED_ON_HTTP_1_0 = head("POST /x HTTP/1.0", "Transfer-Encoding: chunked")
            + "5\r\nhello\r\n0\r\n\r\n";

    // --- a body on a GET --------------------------------------------------------------------------------------
    static final String GET_WITH_A_BODY_THEN_A_GET = head("GET /with-body HTTP/1.1", HOST, "Content-Length: 5")
            + "hello" + head("GET /behind HTTP/1.1", HOST);

    HostileBodyConformance() {}

    @HostileTest
    void get_with_a_framed_body_is_served_and_the_request_pipelined_behind_it_too() throws Exception {
        // RFC 9110 9.3.1: a body on a GET has no defined meaning, but Content-Length frames it (RFC 9112 6.3), so
        // the connection stays usable; every adapter serves it and what follows it, and keeps the connection.
        Witness app = new Witness();
        int port = serve(app, Limits.SMALL);

        try (RawHttp connection = new RawHttp(port)) {
            connection.send(GET_WITH_A_BODY_THEN_A_GET);
            assertThat(connection.read().status()).as("status of the GET with a body").isEqualTo(200);
            assertThat(connection.read().status()).as("status of the GET behind it").isEqualTo(200);
            assertThat(connection.send(head("GET /third HTTP/1.1", HOST)).read().status())
                    .as("status of a third request on the same connection").isEqualTo(200);
        }
        assertThat(app.seen).extracting(seen -> seen.request().rawPath() + " " + new String(seen.body()))
                .containsExactly("/with-body hello", "/behind ", "/third ");
    }

    @HostileTest
    void get_with_a_framed_body_the_application_never_reads_still_keeps_the_connection() throws Exception {
        List<String> paths = new CopyOnWriteArrayList<>();
        int port = serve(request -> {
            paths.add(request.rawPath());
            return text("not read");
        }, Limits.SMALL);

        try (RawHttp connection = new RawHttp(port)) {
            connection.send(GET_WITH_A_BODY_THEN_A_GET);
            assertThat(connection.read().status()).as("status of the GET with a body").isEqualTo(200);
            assertThat(connection.read().status()).as("status of the GET behind it").isEqualTo(200);
            assertThat(connection.send(head("GET /third HTTP/1.1", HOST)).read().status())
                    .as("status of a third request on the same connection").isEqualTo(200);
        }
        assertThat(paths).containsExactly("/with-body", "/behind", "/third");
    }

    @HostileTest
    void two_different_content_lengths_get_400() throws Exception {
        assertThat(refusal(DIFFERENT_LENGTHS)).isEqualTo(400);
    }

    @HostileTest
    void two_identical_content_lengths_are_refused_or_read_as_one() throws Exception {
        refusedOrPassed(exchange(IDENTICAL_LENGTHS), seen -> assertThat(seen.body()).isEqualTo(bytes("abcd")));
    }

    @HostileTest
    void content_length_with_chunked_transfer_coding_is_refused() throws Exception {
        refusal(LENGTH_AND_CHUNKED);
    }

    @HostileTest
    void gzip_transfer_coding_is_refused_with_a_4xx() throws Exception {
        refusal(GZIP_CODING);
    }

    @HostileTest
    void gzip_then_chunked_transfer_coding_is_refused_with_a_4xx() throws Exception {
        // De-chunked, the body would still be gzip-coded: it is not the content the gateway promises.
        refusal(GZIP_THEN_CHUNKED);
    }

    @HostileTest
    void identity_transfer_coding_is_refused_with_a_4xx() throws Exception {
        refusal(IDENTITY_CODING);
    }

    @HostileTest
    void chunked_listed_twice_is_refused_with_a_4xx() throws Exception {
        refusal(CHUNKED_TWICE);
    }

    @HostileTest
    void negative_content_length_gets_400() throws Exception {
        assertThat(refusal(NEGATIVE_LENGTH)).isEqualTo(400);
    }

    @HostileTest
    void content_length_past_the_largest_long_gets_400_or_413() throws Exception {
        assertThat(refusal(LENGTH_PAST_A_LONG)).isIn(400, 413);
    }

    @HostileTest
    void hexadecimal_content_length_gets_400() throws Exception {
        assertThat(refusal(HEX_LENGTH)).isEqualTo(400);
    }

    @HostileTest
    void content_length_of_anything_but_digits_gets_400() throws Exception {
        for (String request : OTHER_BAD_LENGTHS) {
            assertThat(refusal(request)).as("status for %s", request.lines().skip(2).findFirst()).isEqualTo(400);
        }
    }

    @HostileTest
    void chunk_size_that_overflows_is_refused() throws Exception {
        bodyRefusal(OVERFLOWING_CHUNK_SIZE);
    }

    @HostileTest
    void chunk_size_followed_by_junk_gets_400() throws Exception {
        assertThat(bodyRefusal(CHUNK_SIZE_WITH_JUNK)).isEqualTo(400);
    }

    @HostileTest
    void chunk_longer_than_its_size_is_refused() throws Exception {
        bodyRefusal(CHUNK_LONGER_THAN_ITS_SIZE);
    }

    @HostileTest
    void chunk_extension_past_the_head_limit_is_refused_or_skipped() throws Exception {
        Exchange exchange = exchange(HUGE_CHUNK_EXTENSION);

        if (exchange.outcome() == 200) {
            assertThat(exchange.seen().getFirst().body()).isEqualTo(bytes("hello"));
        } else {
            assertBodyRefused(exchange);
        }
    }

    @HostileTest
    void missing_last_chunk_then_close_fails_the_application_read_without_a_5xx() throws Exception {
        assertCutShortBodyFailsTheRead(MISSING_LAST_CHUNK);
    }

    @HostileTest
    void body_shorter_than_its_content_length_then_close_fails_the_application_read_without_a_5xx()
            throws Exception {
        assertCutShortBodyFailsTheRead(SHORT_BODY);
    }

    @HostileTest
    void ten_gigabytes_declared_get_413_without_the_body_being_read() throws Exception {
        // Only the head is sent: a server that waited for the body would time out here.
        assertThat(refusal(TEN_GIGABYTES)).isEqualTo(413);
    }

    @HostileTest
    void body_one_byte_over_the_limit_gets_413() throws Exception {
        long tooBig = Limits.SMALL.maxRequestBodySize() + 1;

        assertThat(refusal(head(POST, HOST, "Content-Length: " + tooBig))).isEqualTo(413);
    }

    @HostileTest
    void chunked_body_larger_than_the_limit_gets_413() throws Exception {
        int port = serve(new Witness(), Limits.SMALL);
        byte[] tooBig = BodyConformance.randomBytes((int) Limits.SMALL.maxRequestBodySize() + 1, 7);

        try (RawHttp connection = new RawHttp(port)) {
            connection.send(CHUNKED).sendChunked(tooBig, 16 * 1024);

            assertThat(connection.read().status()).isEqualTo(413);
        }
        assertStillServing(port);
    }

    @HostileTest
    void body_exactly_at_the_limit_is_accepted() throws Exception {
        int port = serve(ServerFixture::echoDigest, Limits.SMALL);
        byte[] body = BodyConformance.randomBytes((int) Limits.SMALL.maxRequestBodySize(), 8);

        try (RawHttp connection = new RawHttp(port)) {
            RawHttp.Response sized = connection.send(head(POST, HOST, "Content-Length: " + body.length)).send(body)
                    .read();
            RawHttp.Response chunked = connection.send(CHUNKED).sendChunked(body, 10_000).read();

            assertThat(sized.text()).isEqualTo(digestLine(body));
            assertThat(chunked.text()).isEqualTo(digestLine(body));
        }
    }

    @HostileTest
    void expect_100_continue_past_the_limit_gets_413() throws Exception {
        Witness app = new Witness();
        int port = serve(app, Limits.SMALL);

        try (RawHttp connection = new RawHttp(port)) {
            int status = outcome(connection.send(EXPECT_CONTINUE_PAST_THE_LIMIT));
            int last = status == 100 ? outcome(connection) : status;

            assertThat(last).as("final status").isEqualTo(413);
        }
        assertStillServing(port);
        assertThat(app.seen).as("requests whose body the application read whole")
                .allSatisfy(seen -> assertThat(seen.failure()).isNotNull());
    }

    @HostileTest
    void cl_te_smuggling_never_reaches_the_application_as_a_second_request() throws Exception {
        assertNotSmuggled(CL_TE_SMUGGLING);
    }

    @HostileTest
    void te_cl_smuggling_never_reaches_the_application_as_a_second_request() throws Exception {
        assertNotSmuggled(TE_CL_SMUGGLING);
    }

    @HostileTest
    void te_te_smuggling_with_an_unknown_second_coding_never_reaches_the_application_twice() throws Exception {
        assertNotSmuggled(TE_TE_SMUGGLING);
    }

    @HostileTest
    void chunked_body_on_http_1_0_is_refused_or_its_connection_closed_after_the_answer() throws Exception {
        // RFC 9112 6.1: treat the framing as faulty and close the connection after answering.
        Witness app = new Witness();
        int port = serve(app, Limits.SMALL);

        List<Integer> answers = answersUntilClosed(port, CHUNKED_ON_HTTP_1_0);

        assertThat(answers).hasSizeLessThanOrEqualTo(1);
        if (answers.equals(List.of(200))) {
            assertThat(app.seen.peek().body()).isEqualTo(bytes("hello"));
        } else {
            answers.forEach(HostileFixture::assertRefused);
        }
        assertStillServing(port);
    }

    /** Check the server refused {@code request}'s body: 4xx or a close, and no body was read whole. */
    private int bodyRefusal(String request) throws Exception {
        Exchange exchange = exchange(request);
        assertBodyRefused(exchange);
        return exchange.outcome();
    }

    private static void assertBodyRefused(Exchange exchange) {
        assertRefused(exchange.outcome());
        // The head was fine, so the application may have been called; its read of the body must then fail.
        assertThat(exchange.seen()).as("requests whose body the application read whole")
                .allSatisfy(seen -> assertThat(seen.failure()).isNotNull());
    }

    /** Send {@code request}, whose body is cut short, and stop sending: the application's read must fail. */
    private void assertCutShortBodyFailsTheRead(String request) throws Exception {
        Witness app = new Witness();
        int port = serve(app, Limits.SMALL);

        try (RawHttp connection = new RawHttp(port)) {
            assertRefused(outcome(connection.send(request).shutdownOutput()));
        }
        Seen seen = next(app.seen, "the application's read of the body to end");
        assertThat(seen.failure()).as("what reading the body threw").isInstanceOf(IOException.class);
        assertStillServing(port);
    }

    /** Check the server never serves the request hidden in {@code request}'s body as a request of its own. */
    private void assertNotSmuggled(String request) throws Exception {
        Witness app = new Witness();
        int port = serve(app, Limits.SMALL);

        List<Integer> answers = answersUntilClosed(port, request);

        assertThat(answers).as("statuses answered on the connection").hasSizeLessThanOrEqualTo(1);
        assertThat(app.seen).as("requests that reached the application").hasSizeLessThanOrEqualTo(1)
                .noneMatch(seen -> seen.request().rawPath().equals("/smuggled"));
        assertStillServing(port);
    }
}
