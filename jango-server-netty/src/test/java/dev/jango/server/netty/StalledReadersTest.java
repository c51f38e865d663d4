package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Clients that never read a large streamed response: the direct memory Netty's allocators hold for them grows by
 * at most {@link NettyServer#WRITE_BUFFER_LIMIT} each, plus one pool chunk the channels' pooled allocator may
 * reserve for socket reads and response heads whatever the number of clients.
 */
class StalledReadersTest {

    private static final int CLIENTS = 12;
    private static final long ONE_POOL_CHUNK = 1 << 20;
    private static final int LARGE = 64 << 20;

    @Test
    void direct_memory_held_per_stalled_reader_stays_within_the_write_buffer_limit() throws Exception {
        AtomicLong produced = new AtomicLong();
        NettyServer server = NettyServer.builder(request -> GatewayResponse.of(200, new Headers(), Body.stream(out -> {
            byte[] block = new byte[64 * 1024];
            for (int sent = 0; sent < LARGE; sent += block.length) {
                out.write(block);
                produced.addAndGet(block.length);
            }
        }, LARGE))).port(0).banner(line -> {}).build().start();
        List<Socket> clients = new ArrayList<>();
        try {
            long before = directMemory();
            for (int i = 0; i < CLIENTS; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.getOutputStream().write("GET /big HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(ISO_8859_1));
                clients.add(socket);
            }
            long last = -1;
            for (int i = 0; i < 100 && (produced.get() == 0 || produced.get() != last); i++) {
                last = produced.get(); // until the writers stop getting anywhere: every client's buffers are full
                Thread.sleep(200);
            }

            long held = directMemory() - before;

            assertThat(produced.get()).as("bytes produced for all clients").isLessThan((long) CLIENTS * LARGE / 4);
            assertThat(held).as("direct memory held for %d stalled clients (produced %d bytes each)", CLIENTS,
                    produced.get() / CLIENTS).isLessThanOrEqualTo(CLIENTS * NettyServer.WRITE_BUFFER_LIMIT
                    + ONE_POOL_CHUNK);
            assertThat(ResponseChunks.ALLOCATOR.metric().usedDirectMemory()).as("held in response chunks")
                    .isLessThanOrEqualTo((long) CLIENTS * NettyServer.WRITE_BUFFER_LIMIT);
        } finally {
            for (Socket socket : clients) {
                socket.close();
            }
            server.stop();
        }
    }

    /** What the channels' pooled allocator and the response chunks' allocator hold in direct memory. */
    private static long directMemory() {
        return ((ByteBufAllocatorMetricProvider) ByteBufAllocator.DEFAULT).metric().usedDirectMemory()
                + ResponseChunks.ALLOCATOR.metric().usedDirectMemory();
    }
}
