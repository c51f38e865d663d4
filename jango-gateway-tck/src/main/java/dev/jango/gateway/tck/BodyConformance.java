package dev.jango.gateway.tck;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance, part 2: request bodies in (empty, sized, chunked) and every kind of response body out
 * (bytes, streams of known and unknown length, files and file regions), each completed exactly once.
 */
public abstract class BodyConformance extends FramingConformance {

    private static final int BLOCK = 64 * 1024;
    private static final int FIFTY_MB_BLOCKS = 800; // 800 x 64 KiB = 50 MiB
    private static final byte[] BASE_BLOCK = randomBytes(BLOCK, 42);

    @TempDir
    Path files;

    BodyConformance() {}

    @Test
    void empty_request_body_reads_as_zero_bytes() throws Exception {
        int port = serve(ServerFixture::echoDigest);
        RawHttp connection = connect(port);

        RawHttp.Response post = connection.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n")
                .read();
        RawHttp.Response get = connection.send("GET /echo HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(post.text()).isEqualTo(digestLine(new byte[0]));
        assertThat(get.text()).isEqualTo(digestLine(new byte[0]));
    }

    @Test
    void mebibyte_request_body_with_content_length_arrives_whole() throws Exception {
        int port = serve(ServerFixture::echoDigest);
        byte[] body = randomBytes(1024 * 1024, 1);

        HttpResponse<String> response = HTTP.send(request(port, "/echo")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(digestLine(body));
    }

    @Test
    void chunked_request_body_arrives_dechunked() throws Exception {
        int port = serve(ServerFixture::echoDigest);
        byte[] body = randomBytes(300_001, 2);
        RawHttp connection = connect(port);

        connection.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n")
                .sendChunked(body, 7_919);
        RawHttp.Response response = connection.read();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo(digestLine(body));
    }

    @Test
    void bytes_body_is_sent_with_a_content_length() throws Exception {
        byte[] body = randomBytes(10_000, 3);
        int port = serve(request -> GatewayResponse.of(200, new Headers(), Body.of(body)));

        RawHttp.Response response = connect(port).send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(response.header("Content-Length")).isEqualTo("10000");
        assertThat(response.body()).isEqualTo(body);
    }

    @Test
    void part_of_a_byte_array_is_sent_as_the_body() throws Exception {
        byte[] array = "xxhello worldxx".getBytes(US_ASCII);
        int port = serve(request -> GatewayResponse.of(200, new Headers(), new Body.Bytes(array, 2, 11)));

        RawHttp.Response response = connect(port).send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(response.header("Content-Length")).isEqualTo("11");
        assertThat(response.text()).isEqualTo("hello world");
    }

    @Test
    void stream_of_known_length_is_sent_with_that_content_length() throws Exception {
        byte[] body = randomBytes(200_000, 4);
        int port = serve(request -> GatewayResponse.of(200, new Headers(), Body.stream(out -> {
            for (int at = 0; at < body.length; at += 1000) {
                out.write(body, at, Math.min(1000, body.length - at));
            }
        }, body.length)));

        RawHttp.Response response = connect(port).send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(response.header("Content-Length")).isEqualTo("200000");
        assertThat(response.header("Transfer-Encoding")).isNull();
        assertThat(response.body()).isEqualTo(body);
    }

    @Test
    void fifty_megabyte_stream_of_unknown_length_goes_out_chunked_as_it_is_written() throws Exception {
        CountDownLatch clientHasFirstBytes = new CountDownLatch(1);
        AtomicBoolean writerWaited = new AtomicBoolean();
        CompletionProbe completion = new CompletionProbe();
        int port = serve(request -> new GatewayResponse(200, Headers.of("Content-Type", "application/octet-stream"),
                Body.stream(out -> {
                    byte[] block = new byte[BLOCK];
                    out.write(fill(block, 0));
                    out.flush();
                    // The client must see the first block while the writer is still blocked here: streamed.
                    try {
                        writerWaited.set(clientHasFirstBytes.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                    for (int i = 1; i < FIFTY_MB_BLOCKS; i++) {
                        out.write(fill(block, i));
                    }
                }), completion));
        RawHttp connection = connect(port);

        RawHttp.Head head = connection.send("GET /big HTTP/1.1\r\nHost: localhost\r\n\r\n").readHead();
        InputStream body = connection.body(head);
        byte[] first = body.readNBytes(BLOCK);
        clientHasFirstBytes.countDown();
        MessageDigest received = sha256();
        received.update(first);
        long total = first.length + body.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), received));

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Transfer-Encoding")).isEqualToIgnoringCase("chunked");
        assertThat(head.header("Content-Length")).isNull();
        assertThat(first).isEqualTo(fill(new byte[BLOCK], 0));
        assertThat(writerWaited).as("the writer was released by the client, not by the timeout").isTrue();
        assertThat(total).isEqualTo((long) BLOCK * FIFTY_MB_BLOCKS);
        assertThat(received.digest()).isEqualTo(expectedFiftyMegabyteDigest());
        assertThat(completion.await()).isNull();
    }

    @Test
    void file_body_is_sent_whole() throws Exception {
        byte[] content = randomBytes(300_000, 5);
        Path file = Files.write(files.resolve("whole.bin"), content);
        int port = serve(request -> GatewayResponse.of(200, new Headers(), Body.file(file, content.length)));

        RawHttp.Response response = connect(port).send("GET /whole.bin HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Length")).isEqualTo("300000");
        assertThat(response.body()).isEqualTo(content);
    }

    @Test
    void file_region_is_sent_from_its_offset_for_its_length() throws Exception {
        byte[] content = randomBytes(300_000, 6);
        Path file = Files.write(files.resolve("region.bin"), content);
        int port = serve(request -> GatewayResponse.of(206,
                Headers.of("Content-Range", "bytes 1000-151233/300000"), new Body.File(file, 1000, 150_234)));

        RawHttp.Response response = connect(port).send("GET /region.bin HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

        assertThat(response.status()).isEqualTo(206);
        assertThat(response.header("Content-Length")).isEqualTo("150234");
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(content, 1000, 151_234));
    }

    @Test
    void completion_is_called_once_with_null_after_each_kind_of_body_is_sent() throws Exception {
        Path file = Files.write(files.resolve("small.txt"), "file!".getBytes(US_ASCII));
        List<Body> bodies = List.of(Body.empty(), Body.of("bytes".getBytes(US_ASCII)),
                Body.stream(out -> out.write("known".getBytes(US_ASCII)), 5),
                Body.stream(out -> out.write("unknown".getBytes(US_ASCII))), Body.file(file, 5));
        List<String> expected = List.of("", "bytes", "known", "unknown", "file!");
        CompletionProbe[] probes = new CompletionProbe[bodies.size()];
        int port = serve(request -> {
            int which = Integer.parseInt(request.rawPath().substring(1));
            probes[which] = new CompletionProbe();
            return new GatewayResponse(200, new Headers(), bodies.get(which), probes[which]);
        });
        RawHttp connection = connect(port);

        for (int i = 0; i < bodies.size(); i++) {
            RawHttp.Response response = connection.send("GET /" + i + " HTTP/1.1\r\nHost: localhost\r\n\r\n").read();

            assertThat(response.text()).isEqualTo(expected.get(i));
            assertThat(probes[i].await()).as("failure passed to the completion of body %d", i).isNull();
        }
        // A second call of any completion is reported by the lint when the test ends.
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Fill {@code block} with the content of block number {@code index} of the 50 MB body. */
    static byte[] fill(byte[] block, int index) {
        System.arraycopy(BASE_BLOCK, 0, block, 0, BLOCK);
        ByteBuffer.wrap(block).putInt(0, index); // each block differs, so a lost or repeated block shows
        return block;
    }

    private static byte[] expectedFiftyMegabyteDigest() {
        MessageDigest digest = sha256();
        byte[] block = new byte[BLOCK];
        for (int i = 0; i < FIFTY_MB_BLOCKS; i++) {
            digest.update(fill(block, i));
        }
        return digest.digest();
    }
}
