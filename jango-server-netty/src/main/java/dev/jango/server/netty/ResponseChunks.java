package dev.jango.server.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;

/**
 * Where the chunks of streamed response bodies come from: direct buffers of their own, not the pooled allocator's.
 *
 * <p>A client that stops reading leaves its connection's chunks in Netty's outbound buffer until it reads again or
 * the idle timeout cuts it off. From a pooled allocator those few chunks pin whole pool chunks (MiBs each), and a
 * few dozen stalled clients then hold hundreds of MiB of direct memory; unpooled, a stalled connection holds just
 * its chunks, which {@link ResponseStream} keeps within the write high-water mark, and memory goes back as soon
 * as they are released. Socket reads and response heads keep the channel's pooled allocator.
 */
final class ResponseChunks {

    /** The allocator; its {@code metric()} counts exactly the bytes of the chunks alive now. */
    static final UnpooledByteBufAllocator ALLOCATOR = new UnpooledByteBufAllocator(true);

    private ResponseChunks() {}

    /** A direct buffer for {@code capacity} body bytes. */
    static ByteBuf allocate(int capacity) {
        return ALLOCATOR.directBuffer(capacity, capacity);
    }
}
