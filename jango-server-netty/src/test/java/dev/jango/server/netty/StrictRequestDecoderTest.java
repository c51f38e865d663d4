package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The obs-fold, bare-CR and empty-line guards in front of Netty's decoder, and the validator after it, on an embedded channel. */
class StrictRequestDecoderTest {

    private static final String GET = "GET /x HTTP/1.1\r\nHost: localhost\r\n";

    @Test
    void a_folded_header_line_is_refused_with_400() {
        assertThat(statuses(GET + "X-Folded: one\r\n two\r\n\r\n")).containsExactly("refused 400");
    }

    @Test
    void a_bare_cr_in_the_request_line_is_refused_with_400_not_read_as_a_space() {
        assertThat(statuses("GET /x\rHTTP/1.1\r\nHost: localhost\r\n\r\n")).containsExactly("refused 400");
        assertThat(statuses("GET\r/x HTTP/1.1\r\nHost: localhost\r\n\r\n")).containsExactly("refused 400");
    }

    @Test
    void a_bare_cr_split_across_reads_or_in_a_header_line_is_refused() {
        assertThat(statuses("GET /x\r", "HTTP/1.1\r\nHost: localhost\r\n\r\n")).containsExactly("refused 400");
        assertThat(statuses(GET + "X-Cr: a\rb\r\n\r\n")).containsExactly("refused 400");
        assertThat(statuses(GET + "\r", "X\r\n")).containsExactly("refused 400");
        assertThat(statuses(GET + "\r", "\n")).containsExactly("request /x", "last 0");
    }

    @Test
    void a_fold_split_across_reads_is_refused() {
        assertThat(statuses(GET + "X-Folded: one\r\n", "\ttwo\r\n\r\n")).containsExactly("refused 400");
    }

    @Test
    void a_fold_in_a_request_pipelined_behind_one_with_a_body_is_refused() {
        String first = "POST /x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello";
        assertThat(statuses(first + GET + "X-Folded: one\r\n two\r\n\r\n"))
                .containsExactly("request /x", "last 5", "refused 400");
    }

    @Test
    void a_body_holding_lf_then_space_is_not_mistaken_for_a_fold() {
        String post = "POST /x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 6\r\n\r\n";
        assertThat(statuses(post, "a\r\n b\r\n", GET + "\r\n")).containsExactly("request /x", "last 6",
                "request /x", "last 0");
    }

    @Test
    void empty_lines_before_a_request_line_are_skipped_also_across_reads_and_between_requests() {
        String path = "/" + "a".repeat(490);
        assertThat(statuses("\r\n".repeat(20) + "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n"))
                .containsExactly("request " + path, "last 0");
        assertThat(statuses("\r\n", "\r\n" + GET + "\r\n", "\r\n" + GET + "\r\n"))
                .containsExactly("request /x", "last 0", "request /x", "last 0");
    }

    @Test
    void empty_lines_past_the_head_limit_in_all_are_refused_with_400_even_when_each_read_is_within_it() {
        assertThat(statuses("\r\n".repeat(200), "\r\n".repeat(100) + GET + "\r\n")).containsExactly("refused 400");
        String[] trickle = new String[300];
        Arrays.fill(trickle, "\r\n\r");
        trickle[299] = "\n" + GET + "\r\n";
        assertThat(statuses(trickle)).containsExactly("refused 400");
    }

    @Test
    void the_validator_refuses_what_the_decoder_lets_through() {
        assertThat(statuses("GET /x HTTP/2.0\r\nHost: localhost\r\n\r\n")).containsExactly("refused 400");
        assertThat(statuses("GET /x HTTP/1.1\r\n\r\n")).containsExactly("refused 400");
        assertThat(statuses("GET /a\u0001b HTTP/1.1\r\nHost: localhost\r\n\r\n")).containsExactly("refused 400");
        assertThat(statuses("POST /x HTTP/1.1\r\nHost: localhost\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\nhi"))
                .containsExactly("refused 417");
        assertThat(statuses("POST /x HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"))
                .containsExactly("refused 400");
        assertThat(statuses("GET /" + "a".repeat(600) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"))
                .containsExactly("refused 414");
        assertThat(statuses(GET + "X-Big: " + "b".repeat(600) + "\r\n\r\n")).containsExactly("refused 431");
    }

    /** What comes out of decoder and validator for {@code reads}, one line per message. */
    private static List<String> statuses(String... reads) {
        EmbeddedChannel channel = new EmbeddedChannel(new StrictRequestDecoder(512), new RequestValidator(-1));
        for (String read : reads) {
            channel.writeInbound(Unpooled.copiedBuffer(read, ISO_8859_1));
        }
        List<String> seen = new ArrayList<>();
        Object msg;
        while ((msg = channel.readInbound()) != null) {
            if (msg instanceof RequestValidator.Refusal refusal) {
                seen.add("refused " + refusal.status());
            } else if (msg instanceof HttpRequest request) {
                seen.add("request " + request.uri());
            } else if (msg instanceof HttpContent content) {
                seen.add((msg instanceof LastHttpContent ? "last " : "content ") + content.content().readableBytes());
            }
            ReferenceCountUtil.release(msg);
        }
        channel.finishAndReleaseAll();
        return seen;
    }
}
