package dev.jango.gateway.tck;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Application;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Conformance, part 6: hostile request targets, queries and hosts, served within {@link Limits#SMALL}. A
 * suspicious path or query is either refused with a 4xx or reaches the application exactly as sent, for the
 * application to decode once; a bad or doubled Host gets 400. Last, every hostile request of parts 4 to 6,
 * sent round after round, must leave the live heap bounded.
 */
public abstract class HostilePathConformance extends HostileBodyConformance {

    /** Rounds sent before measuring, so that pools, caches and lazily built tables are full already. */
    private static final int WARM_UP_ROUNDS = 3;
    /** Rounds measured: 40 x 80-odd requests, each on a connection of its own. */
    private static final int ROUNDS = 40;
    /**
     * The live heap growth allowed over {@link #ROUNDS}: some 650 bytes per connection. Over Jetty, clean runs
     * grow by less than 0.1 MiB; a planted leak of 4 KiB per request that reaches the handler grows by 2.7 MiB.
     */
    private static final long HEAP_GROWTH_BOUND = 2L << 20;

    // --- paths and queries ---------------------------------------------------------------------------------
    static final String ENCODED_NUL_IN_PATH = get("/a%00b");
    static final String ENCODED_NUL_IN_QUERY = get("/a?x=%00");
    static final String OVERLONG_UTF8_SLASH = get("/static/..%C0%AF..%C0%AFetc/passwd");
    static final String ENCODED_SLASH_TRAVERSAL = get("/static/..%2F..%2Fetc/passwd");
    static final String ENCODED_DOT_SEGMENTS = get("/static/%2e%2e/%2E%2E/secret");
    static final String ENCODED_BACKSLASH_TRAVERSAL = get("/static/..%5C..%5Csecret");
    static final String DOT_SEGMENTS_ABOVE_THE_ROOT = get("/../../etc/passwd");
    static final String BROKEN_PERCENT_ESCAPE = get("/a%zzb");
    static final String ENCODED_CRLF_IN_PATH = get("/a%0d%0aSet-Cookie:%20x=1");
    static final String RAW_UTF8_IN_PATH = get("/caf\u00c3\u00a9");
    static final String FRAGMENT_IN_TARGET = get("/x#top");
    static final String PROTOCOL_RELATIVE_PATH = get("//evil.example/x");
    static final String TEN_THOUSAND_PARAMETERS = get("/q?" + IntStream.range(0, 10_000)
            .mapToObj(i -> "p" + i + "=" + i).collect(joining("&")));

    // --- target forms, methods and hosts -------------------------------------------------------------------
    static final String BOGUS_SCHEME = get("gopher://localhost/x");
    static final String ABSOLUTE_FORM_FOR_ANOTHER_HOST = get("http://evil.example/x");
    static final String CONNECT = head("CONNECT localhost:443 HTTP/1.1", "Host: localhost:443");
    static final String TRACE = head("TRACE /x HTTP/1.1", "Host: localhost", "Cookie: session=secret");
    static final String TWO_HOSTS = head("GET /x HTTP/1.1", "Host: localhost", "Host: evil.example");
    static final String HOST_WITH_CR = head("GET /x HTTP/1.1", "Host: local\rhost");
    static final String HOST_WITH_NEXT_LINE = head("GET /x HTTP/1.1", "Host: local\u0085host");
    static final String HOST_WITH_LINE_SEPARATOR = head("GET /x HTTP/1.1", "Host: local\u00e2\u0080\u00a8host");
    static final String NO_HOST_ON_HTTP_1_1 = head("GET /x HTTP/1.1", "Accept: */*");
    static final String NO_HOST_ON_HTTP_1_0 = head("GET /x HTTP/1.0");

    HostilePathConformance() {}

    private static String get(String target) {
        return head("GET " + target + " HTTP/1.1", "Host: localhost");
    }

    @HostileTest
    void encoded_nul_in_the_path_is_refused_or_passed_exactly_as_sent() throws Exception {
        refusedOrPassedAsSent(ENCODED_NUL_IN_PATH);
    }

    @HostileTest
    void encoded_nul_in_the_query_is_refused_or_passed_exactly_as_sent() throws Exception {
        refusedOrPassedAsSent(ENCODED_NUL_IN_QUERY);
    }

    @HostileTest
    void overlong_utf8_slash_is_refused_or_passed_exactly_as_sent() throws Exception {
        refusedOrPassedAsSent(OVERLONG_UTF8_SLASH);
    }

    @HostileTest
    void encoded_slash_traversal_is_refused_or_passed_exactly_as_sent() throws Exception {
        refusedOrPassedAsSent(ENCODED_SLASH_TRAVERSAL);
    }

    @HostileTest
    void encoded_dot_segments_are_refused_or_passed_exactly_as_sent() throws Exception {
        refusedOrPassedAsSent(ENCODED_DOT_SEGMENTS);
    }

    @HostileTest
    void encoded_backslash_traversal_is_refused_or_passed_exactly_as_sent() throws Exception {
        refusedOrPassedAsSent(ENCODED_BACKSLASH_TRAVERSAL);
    }

    @HostileTest
    void dot_segments_above_the_root_are_refused_or_passed_exactly_as_sent() throws Exception {
        refusedOrPassedAsSent(DOT_SEGMENTS_ABOVE_THE_ROOT);
    }

    @HostileTest
    void broken_percent_escape_is_refused_or_passed_exactly_as_sent() throws Exception {
        refusedOrPassedAsSent(BROKEN_PERCENT_ESCAPE);
    }

    @HostileTest
    void encoded_crlf_in_the_path_is_refused_or_passed_exactly_as_sent() throws Exception {
        refusedOrPassedAsSent(ENCODED_CRLF_IN_PATH);
    }

    @HostileTest
    void protocol_relative_path_is_refused_or_passed_exactly_as_sent() throws Exception {
        refusedOrPassedAsSent(PROTOCOL_RELATIVE_PATH);
    }

    @HostileTest
    void raw_utf8_bytes_in_the_target_are_refused() throws Exception {
        refusal(RAW_UTF8_IN_PATH); // a request target is ASCII (RFC 3986): these bytes have no "as sent" in text
    }

    @HostileTest
    void fragment_in_the_target_is_refused_or_left_out_of_path_and_query() throws Exception {
        refusedOrPassed(exchange(FRAGMENT_IN_TARGET), seen -> {
            assertThat(seen.request().rawPath()).isEqualTo("/x");
            assertThat(seen.request().rawQuery()).isEmpty();
        });
    }

    @HostileTest
    void ten_thousand_query_parameters_are_refused_or_passed_exactly_as_sent() throws Exception {
        // With room for the 108 KB query in the head: within Limits.SMALL this would only test the head limit.
        refusedOrPassedAsSent(TEN_THOUSAND_PARAMETERS, new Limits(256 * 1024, Limits.SMALL.maxRequestBodySize()));
    }

    @HostileTest
    void absolute_form_with_a_bogus_scheme_is_refused_or_passed_as_its_path() throws Exception {
        refusedOrPassed(exchange(BOGUS_SCHEME), seen -> {
            assertThat(seen.request().rawPath()).isEqualTo("/x");
            assertThat(seen.request().scheme()).isEqualTo("http");
        });
    }

    @HostileTest
    void absolute_form_for_another_host_is_refused_or_passed_with_that_host() throws Exception {
        // RFC 9112 3.2.2: the target's authority wins over the Host header; an application reads only Host.
        refusedOrPassed(exchange(ABSOLUTE_FORM_FOR_ANOTHER_HOST),
                seen -> assertThat(seen.request().headers().getAll("Host")).containsExactly("evil.example"));
    }

    @HostileTest
    void connect_with_an_authority_target_is_refused() throws Exception {
        refusal(CONNECT); // the gateway has no place for a host:port target
    }

    @HostileTest
    void trace_is_answered_by_the_server_or_the_application_never_with_a_5xx() throws Exception {
        refusedOrPassed(exchange(TRACE), seen -> assertThat(seen.request().method()).isEqualTo("TRACE"));
    }

    @HostileTest
    void two_host_headers_get_400() throws Exception {
        assertThat(refusal(TWO_HOSTS)).isEqualTo(400); // RFC 9112 3.2
    }

    @HostileTest
    void host_with_a_bare_cr_gets_400() throws Exception {
        assertThat(refusal(HOST_WITH_CR)).isEqualTo(400);
    }

    @HostileTest
    void host_with_a_next_line_byte_gets_400() throws Exception {
        assertThat(refusal(HOST_WITH_NEXT_LINE)).isEqualTo(400);
    }

    @HostileTest
    void host_with_a_utf8_line_separator_gets_400() throws Exception {
        assertThat(refusal(HOST_WITH_LINE_SEPARATOR)).isEqualTo(400);
    }

    @HostileTest
    void http_1_1_request_without_host_gets_400() throws Exception {
        assertThat(refusal(NO_HOST_ON_HTTP_1_1)).isEqualTo(400);
    }

    @HostileTest
    void http_1_0_request_without_host_is_served() throws Exception {
        Exchange exchange = exchange(NO_HOST_ON_HTTP_1_0);

        assertThat(exchange.outcome()).isEqualTo(200);
        assertThat(exchange.seen()).singleElement().satisfies(seen -> {
            assertThat(seen.request().protocol()).isEqualTo("HTTP/1.0");
            assertThat(seen.request().headers().contains("Host")).isFalse();
        });
    }

    /** Measured, not assumed: live heap after full collections, before and after the rounds, printed. */
    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void live_heap_stays_bounded_after_rounds_of_every_hostile_request() throws Exception {
        List<String> attacks = everyHostileRequest();
        Application app = request -> {
            try {
                request.body().transferTo(OutputStream.nullOutputStream());
                return text("fine");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        int port = serve(app, Limits.SMALL);

        sendRounds(port, attacks, WARM_UP_ROUNDS);
        long before = liveHeap();
        long started = System.nanoTime();
        sendRounds(port, attacks, ROUNDS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long after = liveHeap();

        System.out.printf("Hostile input, live heap after full GCs: %.1f MiB before and %.1f MiB after %d rounds of"
                + " %d requests (%d ms); growth %+.2f MiB, bound %d MiB%n", mib(before), mib(after), ROUNDS,
                attacks.size(), millis, mib(after - before), HEAP_GROWTH_BOUND >> 20);
        assertThat(after - before).as("live heap growth in bytes").isLessThan(HEAP_GROWTH_BOUND);
        assertStillServing(port);
    }

    private void refusedOrPassedAsSent(String request) throws Exception {
        refusedOrPassedAsSent(request, Limits.SMALL);
    }

    /** Check {@code request} is refused, or reaches the application with path and query exactly as sent. */
    private void refusedOrPassedAsSent(String request, Limits limits) throws Exception {
        String target = request.substring(request.indexOf(' ') + 1, request.indexOf(" HTTP/1.1"));
        int query = target.indexOf('?');

        refusedOrPassed(exchange(request, limits), seen -> {
            assertThat(seen.request().rawPath()).isEqualTo(query < 0 ? target : target.substring(0, query));
            assertThat(seen.request().rawQuery()).isEqualTo(query < 0 ? "" : target.substring(query + 1));
        });
    }

    /** Every hostile request of parts 4 to 6: their constants, read by reflection so that none is left out. */
    private static List<String> everyHostileRequest() throws IllegalAccessException {
        List<String> requests = new ArrayList<>();
        for (Class<?> part : List.of(HostileHeadConformance.class, HostileBodyConformance.class,
                HostilePathConformance.class)) {
            for (Field field : part.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers)) {
                    switch (field.get(null)) {
                        case String request -> requests.add(request);
                        case List<?> list -> list.forEach(request -> requests.add((String) request));
                        default -> { }
                    }
                }
            }
        }
        return requests;
    }

    /** Send each request on a connection of its own, stop sending and read until closed; {@code rounds} times. */
    private static void sendRounds(int port, List<String> requests, int rounds) throws IOException {
        for (int round = 0; round < rounds; round++) {
            for (String request : requests) {
                try (RawHttp connection = new RawHttp(port)) {
                    sendAll(connection, request);
                    try {
                        connection.shutdownOutput();
                    } catch (IOException closedAlready) {
                        // the server refused and closed before we finished
                    }
                    connection.readToEnd();
                }
            }
        }
    }

    /** The heap still in use after full collections: the least of a few readings, each after System.gc(). */
    private static long liveHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            memory.gc();
            Thread.sleep(50);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
