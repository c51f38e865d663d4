package dev.jango.server.netty;

import dev.jango.gateway.Body;
import dev.jango.gateway.Completion;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.gateway.ReasonPhrases;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request and its response, run on the request's own virtual thread: call the application, send what it
 * returned, then call its completion exactly once — with null after the last byte was handed to the network,
 * or with the failure. Subclasses put the response on the wire for their protocol (HTTP/1.x or an HTTP/2
 * stream); every write is made from the virtual thread, waits while the channel is not writable, and fails with
 * an {@link IOException} once the client is gone.
 */
abstract class Exchange implements Runnable, ChannelFutureListener {

    static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

    final ServerState server;
    final Channel channel;
    final GatewayRequest request;
    /** The request body, null when the request has none. */
    final RequestBody body;
    private final WritabilityGate gate;
    private final ChannelFutureListener onPartWritten = this::partWritten;
    private volatile Throwable writeFailure;
    private boolean committed;
    private boolean endOnWrite;
    private ResponseStream stream;

    Exchange(ServerState server, Channel channel, WritabilityGate gate, GatewayRequest request, RequestBody body) {
        this.server = server;
        this.channel = channel;
        this.gate = gate;
        this.request = request;
        this.body = body;
    }

    @Override
    public final void run() {
        GatewayResponse response;
        try {
            response = server.app.call(request);
            if (response == null) {
                throw new NullPointerException("the application returned null for " + what());
            }
        } catch (Throwable failure) {
            finish(Completion.NONE, failure, answerFailure(failure));
            return;
        }
        Throwable failure = null;
        ChannelFuture last;
        try {
            last = send(response);
        } catch (Throwable x) {
            failure = x;
            if (stream != null) {
                stream.discard();
            }
            if (x instanceof IOException) {
                LOG.debug("Response to {} not sent whole", what(), x);
            } else {
                LOG.error("Sending the response to {} failed", what(), x);
            }
            last = committed ? abort() : writeWhole(500, ReasonPhrases.of(500), new Headers(2), Unpooled.EMPTY_BUFFER, false,
                    true);
        }
        finish(response.completion(), failure, last);
    }

    /** The application threw: the status its failed body read stands for (400, 413), else a bare 500. */
    private ChannelFuture answerFailure(Throwable failure) {
        IOException refused = body == null ? null : body.failure();
        if (refused instanceof RequestRefused refusal) {
            LOG.debug("Request {} refused: {}", what(), refusal.getMessage());
            return writeWhole(refusal.status(), ReasonPhrases.of(refusal.status()), new Headers(2), Unpooled.EMPTY_BUFFER,
                    false, true);
        }
        if (refused != null) {
            LOG.debug("Request {} failed: the client went away", what());
            return abort();
        }
        LOG.error("Application failed on {}", what(), failure);
        return writeWhole(500, ReasonPhrases.of(500), new Headers(2), Unpooled.EMPTY_BUFFER, false, true);
    }

    private void finish(Completion completion, Throwable failure, ChannelFuture last) {
        if (completion == Completion.NONE) {
            endOnWrite = true;
            if (last == null) {
                ended();
            } else {
                last.addListener(this);
            }
            return;
        }
        if (last == null) {
            complete(completion, failure);
            return;
        }
        // Do not park the request's thread until the write is done (waking it again costs a thread hand-off): the
        // last write's listener, on the event loop, starts a request thread of its own for the completion, which
        // runs inline there unless it blocks.
        last.addListener(this);
        last.addListener(written -> {
            Throwable outcome = failure != null ? failure : written.isSuccess() ? null : written.cause();
            if (!server.startCompletion(() -> complete(completion, outcome))) {
                complete(completion, outcome); // stopping: no request threads any more
            }
        });
    }

    private void complete(Completion completion, Throwable outcome) {
        try {
            completion.completed(outcome);
        } catch (Throwable x) {
            LOG.error("A response completion threw; it must not, and the exchange goes on", x);
        }
        ended();
    }

    /** The last write of the response has completed (on the event loop). */
    @Override
    public final void operationComplete(ChannelFuture future) {
        if (!future.isSuccess()) {
            channel.close();
        }
        responded(future.isSuccess());
        if (endOnWrite) {
            ended();
        }
    }

    private void ended() {
        if (body != null) {
            body.release();
        }
        server.exited();
    }

    private ChannelFuture send(GatewayResponse response) throws IOException {
        int status = response.status();
        String reason = response.reasonPhrase();
        Headers headers = response.headers();
        if (!GatewayResponse.bodyAllowed(request.method(), status)) {
            return writeWhole(status, reason, headers, Unpooled.EMPTY_BUFFER, true, false);
        }
        return switch (response.body()) {
            case Body.Empty empty -> writeWhole(status, reason, headers, Unpooled.EMPTY_BUFFER, false, false);
            case Body.Bytes bytes -> writeWhole(status, reason, headers,
                    Unpooled.wrappedBuffer(bytes.bytes(), bytes.offset(), bytes.size()), false, false);
            case Body.Stream streamed -> {
                long length = streamed.length() >= 0 ? streamed.length() : declaredLength(headers);
                stream = new ResponseStream(this, status, reason, headers, length);
                streamed.writer().writeTo(stream);
                yield stream.finish();
            }
            case Body.File file -> writeFile(status, reason, headers, file);
        };
    }

    private static long declaredLength(Headers headers) {
        String value = headers.get("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Close the connection (or reset the stream): the response was cut short. */
    ChannelFuture abort() {
        channel.close();
        return null;
    }

    String what() {
        String query = request.rawQuery();
        return request.method() + " " + request.scriptName() + request.rawPath() + (query.isEmpty() ? "" : "?" + query);
    }

    // --- what protocols build on ---------------------------------------------------------------------------

    /** Mark the response head as handed to the channel: from now on a failure can only cut the response short. */
    final void commit() {
        committed = true;
    }

    /** Fail unless the channel can still take the response. */
    final void checkOpen() throws IOException {
        Throwable failure = writeFailure;
        if (failure != null) {
            throw failure instanceof IOException io ? io : new IOException("writing the response failed", failure);
        }
        if (!channel.isActive()) {
            throw new IOException("the client closed the connection");
        }
    }

    /** Wait while the channel is not writable; fail if the client goes away meanwhile. */
    final void awaitWritable() throws IOException {
        checkOpen();
        gate.await(channel, server.idleTimeoutNanos);
        checkOpen();
    }

    /** Watch a write that is not the last: a failure closes the channel and fails the next write. */
    final ChannelFuture watch(ChannelFuture future) {
        return future.addListener(onPartWritten);
    }

    private void partWritten(ChannelFuture future) {
        if (!future.isSuccess()) {
            writeFailure = future.cause();
            channel.close();
        }
    }

    /**
     * Write a whole response in one go: head (with a Content-Length for {@code content} unless {@code bodiless}),
     * then {@code content}. {@code close} asks for the connection to be closed afterwards (HTTP/1.x). Here and below,
     * {@code reason} is the reason phrase of the status line, which HTTP/2 has not.
     */
    abstract ChannelFuture writeWhole(int status, String reason, Headers headers, ByteBuf content, boolean bodiless,
            boolean close);

    /** Write the head of a streamed response ({@code length} -1 when unknown) with its first chunk. */
    abstract ChannelFuture writeStart(int status, String reason, Headers headers, long length, ByteBuf first);

    /** Write one more chunk of a streamed response (made by {@link #newChunk}), flushing it. */
    abstract ChannelFuture writeChunk(ByteBuf chunk);

    /** End a streamed response. */
    abstract ChannelFuture writeEnd();

    /** A buffer for {@code capacity} body bytes, with room for the protocol's framing around them. */
    abstract ByteBuf newChunk(int capacity);

    /** Write a file body: {@code sendfile} on plain connections, chunks otherwise. */
    abstract ChannelFuture writeFile(int status, String reason, Headers headers, Body.File file) throws IOException;

    /** The response's last write has completed, successfully or not (on the event loop). */
    abstract void responded(boolean success);
}
