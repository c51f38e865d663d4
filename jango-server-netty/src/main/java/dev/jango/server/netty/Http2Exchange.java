package dev.jango.server.netty;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2Headers;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * An exchange on one HTTP/2 stream: a HEADERS frame with the status and the application's fields (lower-cased,
 * connection-specific ones dropped), then DATA frames; files are read in 64 KiB pieces, each written once the
 * stream's flow-control window lets it. Aborting resets the stream, not the connection.
 */
final class Http2Exchange extends Exchange {

    private static final int FILE_PIECE = 64 * 1024;

    Http2Exchange(ServerState server, Channel stream, WritabilityGate gate, GatewayRequest request, RequestBody body) {
        super(server, stream, gate, request, body);
    }

    @Override
    ChannelFuture writeWhole(int status, String reason, Headers headers, ByteBuf content, boolean bodiless,
            boolean close) {
        int size = content.readableBytes();
        Http2Headers fields;
        try {
            fields = fields(status, headers, bodiless ? -1 : size);
        } catch (RuntimeException e) {
            content.release();
            throw e; // nothing is written: the exchange can still answer 500
        }
        commit();
        if (size == 0) {
            content.release();
            return channel.writeAndFlush(new DefaultHttp2HeadersFrame(fields, true));
        }
        watch(channel.write(new DefaultHttp2HeadersFrame(fields, false)));
        return channel.writeAndFlush(new DefaultHttp2DataFrame(content, true));
    }

    @Override
    ChannelFuture writeStart(int status, String reason, Headers headers, long length, ByteBuf first) {
        Http2Headers fields;
        try {
            fields = fields(status, headers, length);
        } catch (RuntimeException e) {
            first.release();
            throw e;
        }
        commit();
        watch(channel.write(new DefaultHttp2HeadersFrame(fields, false)));
        return watch(channel.writeAndFlush(new DefaultHttp2DataFrame(first, false)));
    }

    @Override
    ChannelFuture writeChunk(ByteBuf chunk) {
        return watch(channel.writeAndFlush(new DefaultHttp2DataFrame(chunk, false)));
    }

    @Override
    ChannelFuture writeEnd() {
        return channel.writeAndFlush(new DefaultHttp2DataFrame(Unpooled.EMPTY_BUFFER, true));
    }

    @Override
    ByteBuf newChunk(int capacity) {
        return ResponseChunks.allocate(capacity);
    }

    @Override
    ChannelFuture writeFile(int status, String reason, Headers headers, Body.File file) throws IOException {
        try (FileChannel content = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            Http2Headers fields = fields(status, headers, file.length());
            commit();
            if (file.length() == 0) {
                return channel.writeAndFlush(new DefaultHttp2HeadersFrame(fields, true));
            }
            watch(channel.write(new DefaultHttp2HeadersFrame(fields, false)));
            long position = file.offset();
            long left = file.length();
            ChannelFuture last = null;
            while (left > 0) {
                awaitWritable();
                int size = (int) Math.min(FILE_PIECE, left);
                ByteBuf piece = channel.alloc().buffer(size);
                try {
                    int read = 0;
                    while (read < size) {
                        int n = piece.writeBytes(content, position + read, size - read);
                        if (n < 0) {
                            throw new EOFException("file " + file.path() + " ended before the " + file.length()
                                    + " bytes the response promised");
                        }
                        read += n;
                    }
                } catch (IOException e) {
                    piece.release();
                    throw e;
                }
                position += size;
                left -= size;
                last = channel.writeAndFlush(new DefaultHttp2DataFrame(piece, left == 0));
                if (left > 0) {
                    watch(last);
                }
            }
            return last;
        }
    }

    @Override
    void responded(boolean success) {
        // the stream ends with its last frame; nothing to do for the connection
    }

    private static Http2Headers fields(int status, Headers headers, long length) {
        Http2Headers fields = new DefaultHttp2Headers(true, headers.size() + 3);
        fields.status(HttpResponseStatus.valueOf(status).codeAsText());
        boolean hasDate = false;
        boolean hasLength = false;
        for (int i = 0, n = headers.size(); i < n; i++) {
            String name = headers.name(i).toLowerCase(Locale.ROOT);
            switch (name) {
                case "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade" -> {
                    continue;
                }
                case "date" -> hasDate = true;
                case "content-length" -> hasLength = true;
                default -> { }
            }
            String value = headers.value(i);
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf(0) >= 0) {
                throw new IllegalArgumentException("value of response header " + name + " holds CR, LF or NUL");
            }
            fields.add(name, value);
        }
        if (!hasDate) {
            fields.set("date", DateField.text());
        }
        if (length >= 0 && !hasLength) {
            fields.setLong("content-length", length);
        }
        return fields;
    }
}
