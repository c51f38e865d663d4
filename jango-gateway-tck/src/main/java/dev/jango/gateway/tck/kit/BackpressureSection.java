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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Neither direction buffers without bound: a request body is read from the socket only as fast as the application
 * reads it, and a streamed response is produced only as fast as the client reads it.
 */
abstract class BackpressureSection extends KitFixture {

    /** Far more than loopback socket buffers and the server's own buffers hold together. */
    private static final int LARGE = 64 << 20;

    BackpressureSection(AdapterTestKit kit) {
        super(kit, Section.BACKPRESSURE);
    }

    @Test
    void a_request_body_is_read_from_the_socket_only_as_fast_as_the_application_reads_it() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Server server = started(request -> {
            await(release);
            try {
                long length = request.body().transferTo(OutputStream.nullOutputStream());
                return text(length + " bytes");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        try (Socket socket = connect(server.port())) {
            CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: " + LARGE + "\r\n\r\n")
                            .getBytes(ISO_8859_1));
                    byte[] block = new byte[64 * 1024];
                    for (int sent = 0; sent < LARGE; sent += block.length) {
                        out.write(block);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });

            Thread.sleep(1000);
            assertThat(upload).as("the upload, while the application reads nothing").isNotDone();
            release.countDown();
            upload.get(PATIENCE_MS, TimeUnit.MILLISECONDS);

            assertThat(readUntilBytes(socket)).startsWith("HTTP/1.1 200").endsWith(LARGE + " bytes");
        }
    }

    @Test
    void a_streamed_response_is_produced_only_as_fast_as_the_client_reads_it() throws Exception {
        AtomicLong written = new AtomicLong();
        Server server = started(request -> GatewayResponse.of(200, new Headers(), Body.stream(out -> {
            byte[] block = new byte[64 * 1024];
            for (int sent = 0; sent < LARGE; sent += block.length) {
                out.write(block);
                written.addAndGet(block.length);
            }
        }, LARGE)), config -> config.withIdleTimeout(Duration.ofSeconds(10)));

        try (Socket socket = connect(server.port())) {
            socket.getOutputStream().write("GET /big HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(ISO_8859_1));
            Thread.sleep(1000);
            long whileNotReading = written.get();
            long received = readSized(socket.getInputStream());

            assertThat(whileNotReading).as("bytes the writer got out while the client read nothing")
                    .isLessThan(LARGE / 2);
            assertThat(received).isEqualTo(LARGE);
            // The writer counts a block after write() returns, which can be just after the client read its last byte.
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (written.get() < LARGE && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(written).hasValue(LARGE);
        }
    }

    /**
     * Read a response head, then its Content-Length bytes of body; returns the body's length. Field names are
     * matched ignoring case, as they are case-insensitive (RFC 9110 5.1).
     */
    private static long readSized(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the connection in the head");
            }
            head.append((char) b);
        }
        String fields = head.toString().toLowerCase(Locale.ROOT);
        String marker = "\r\ncontent-length:";
        int at = fields.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("a response head without Content-Length:\n" + head);
        }
        long length = Long.parseLong(fields.substring(at + marker.length(), fields.indexOf("\r\n", at + 2)).strip());
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the server closed the connection with " + left + " body bytes to come");
            }
            left -= n;
        }
        return length;
    }

    /** What the server sends until its text ends with " bytes" (or it closes the connection). */
    private static String readUntilBytes(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith(" bytes")) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            text.append(new String(buffer, 0, n, UTF_8));
        }
        return text.toString();
    }
}
