package dev.jango.server.jetty;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.BodyWriter;
import dev.jango.gateway.Completion;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.server.support.RequestThreads;
import dev.jango.server.support.ResponseFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts Jetty's core handler API to the gateway: each exchange runs on its own virtual thread.
 *
 * <p>{@link #handle} only hands the exchange to the virtual-thread executor, so Jetty may call it from a
 * selector thread; everything that blocks (reading the body, the application, writing) happens on the
 * virtual thread, which completes Jetty's callback when the exchange is over. The application's completion
 * is called before that callback, so graceful shutdown waits for it too.
 */
final class JettyHandler extends Handler.Abstract.NonBlocking {

    private static final Logger LOG = LoggerFactory.getLogger(JettyHandler.class);
    private static final int STREAM_BUFFER = 16 * 1024;
    private static final int FILE_BUFFER = 64 * 1024;

    private final Application app;
    private final RequestThreads requests;
    private ByteBufferPool.Sized fileBuffers;

    private final String scriptName;

    JettyHandler(Application app, RequestThreads requests, String scriptName) {
        this.app = app;
        this.requests = requests;
        this.scriptName = scriptName;
    }

    @Override
    protected void doStart() throws Exception {
        fileBuffers = new ByteBufferPool.Sized(getServer().getByteBufferPool(), true, FILE_BUFFER);
        super.doStart();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String refusal = refusal(request);
        if (refusal != null) {
            LOG.debug("Request {} refused: {}", what(request), refusal);
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400, refusal);
            return true;
        }
        if (!scriptName.isEmpty() && !underScriptName(request.getHttpURI().getPath())) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404, "Not under " + scriptName);
            return true;
        }
        requests.start(() -> exchange(request, response, callback));
        return true;
    }

    /**
     * Why {@code request} cannot reach the application, or null. The gateway has no place for CONNECT's
     * authority-form target ({@code host:port}, which Jetty would report as the path {@code /}), and its body
     * is the content itself: a transfer coding other than chunked (say {@code gzip, chunked}) would reach the
     * application still coded.
     */
    private static String refusal(Request request) {
        if (HttpMethod.CONNECT.is(request.getMethod())) {
            return "CONNECT is for proxies";
        }
        for (String coding : request.getHeaders().getCSV(HttpHeader.TRANSFER_ENCODING, false)) {
            if (!coding.equalsIgnoreCase("chunked")) {
                return "Unsupported transfer coding";
            }
        }
        return null;
    }

    private void exchange(Request request, Response response, Callback callback) {
        GatewayResponse answer;
        InputStream body = null;
        try {
            GatewayRequest gateway = toGateway(request);
            body = gateway.body();
            answer = Objects.requireNonNull(app.call(gateway), "the application returned null");
        } catch (Throwable failure) {
            answerFailure(request, response, callback, failure, body);
            return;
        }
        Throwable failure = null;
        try {
            send(request, response, answer);
        } catch (Throwable x) {
            failure = x;
            if (x instanceof IOException) {
                LOG.debug("Response to {} not sent whole", what(request), x);
            } else {
                LOG.error("Sending the response to {} failed", what(request), x);
            }
        }
        complete(answer.completion(), failure);
        if (failure == null) {
            callback.succeeded();
        } else if (!response.isCommitted()) {
            response.reset();
            sendBare500(request, response, callback);
        } else {
            callback.failed(failure); // the head is out: Jetty aborts the connection, so the body looks cut short
        }
    }

    private boolean underScriptName(String path) {
        return path != null && path.startsWith(scriptName)
                && (path.length() == scriptName.length() || path.charAt(scriptName.length()) == '/');
    }

    private GatewayRequest toGateway(Request request) {
        HttpURI uri = request.getHttpURI();
        HttpFields fields = request.getHeaders();
        Headers headers = new Headers(fields.size());
        for (HttpField field : fields) {
            headers.add(field.getName(), Objects.requireNonNullElse(field.getValue(), ""));
        }
        ConnectionMetaData connection = request.getConnectionMetaData();
        boolean http2 = connection.getHttpVersion().getVersion() >= 20;
        if (http2 && uri.hasAuthority() && !fields.contains(HttpHeader.HOST)) {
            headers.add("host", uri.getAuthority()); // RFC 9113 8.3.1: :authority stands for Host
        }
        String query = uri.getQuery();
        String path = uri.getPath();
        if (!scriptName.isEmpty()) {
            path = path.length() == scriptName.length() ? "/" : path.substring(scriptName.length());
        }
        return new GatewayRequest(request.getMethod(), request.isSecure() ? "https" : "http", scriptName, path,
                query == null ? "" : query, connection.getProtocol(), headers, body(request, fields, http2),
                (InetSocketAddress) connection.getRemoteSocketAddress(),
                (InetSocketAddress) connection.getLocalSocketAddress());
    }

    /**
     * The request body as a stream; an HTTP/1.x request that declares none (no Content-Length, no
     * Transfer-Encoding: most GETs; RFC 9112 6.3 says it has none) gets an empty stream without the blocking
     * machinery a Jetty content stream sets up. HTTP/2 bodies need no length header, so they always stream.
     */
    private static InputStream body(Request request, HttpFields fields, boolean http2) {
        if (!http2 && !fields.contains(HttpHeader.CONTENT_LENGTH) && !fields.contains(HttpHeader.TRANSFER_ENCODING)) {
            return InputStream.nullInputStream();
        }
        return new RequestBody(Content.Source.asInputStream(request));
    }

    /**
     * The application threw (or returned null): the client error its failed body read stands for (413 past the
     * size limit, 408 when the body stopped arriving; see {@link RequestBody#refusal}), or a 4xx Jetty refused
     * the body with found among the failure's causes, else a bare 500.
     */
    private static void answerFailure(Request request, Response response, Callback callback, Throwable failure,
            InputStream body) {
        int status = body instanceof RequestBody read ? read.refusal() : 0;
        if (status != 0) {
            LOG.debug("Request {} refused ({}): its body read failed", what(request), status, failure);
            Response.writeError(request, response, callback, status);
            return;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException refusal && HttpStatus.isClientError(refusal.getCode())) {
                LOG.debug("Request {} refused: {}", what(request), refusal.getReason());
                Response.writeError(request, response, callback, refusal.getCode(), refusal.getReason());
                return;
            }
        }
        LOG.error("Application failed on {}", what(request), failure);
        sendBare500(request, response, callback);
    }

    /** A 500 with no body: nothing about the failure reaches the client. */
    private static void sendBare500(Request request, Response response, Callback callback) {
        ReasonPhraseStream.standard(request);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR_500);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
        response.write(true, null, callback);
    }

    private void send(Request request, Response response, GatewayResponse answer) throws IOException {
        int status = answer.status();
        ReasonPhraseStream.apply(request, status, answer.reasonPhrase(), answer.hasCustomReasonPhrase());
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        Headers fields = answer.headers();
        for (int i = 0, n = fields.size(); i < n; i++) {
            String name = fields.name(i);
            String value = fields.value(i);
            ResponseFields.check(name, value); // a bad one fails the response: a bare 500, never a split one
            headers.add(name, value);
        }
        Body body = answer.body();
        String method = request.getMethod();
        if (!GatewayResponse.bodyAllowed(method, status)) { // whatever the application gave
            if ((method.equals("HEAD") || status == 304) && !headers.contains(HttpHeader.CONTENT_LENGTH)) {
                // Ending here, Jetty would add "Content-Length: 0", which RFC 9110 8.6 forbids unless the
                // GET's body is empty: commit the head first, with no length.
                Content.Sink.write(response, false, null);
            }
            Content.Sink.write(response, true, null);
            return;
        }
        if (body.length() >= 0 && !headers.contains(HttpHeader.CONTENT_LENGTH)) {
            headers.put(HttpHeader.CONTENT_LENGTH, body.length());
        }
        switch (body) {
            case Body.Empty empty -> Content.Sink.write(response, true, null);
            case Body.Bytes bytes -> Content.Sink.write(response, true,
                    ByteBuffer.wrap(bytes.bytes(), bytes.offset(), bytes.size()));
            case Body.Stream stream -> writeStream(response, stream.writer());
            case Body.File file -> writeFile(response, file);
        }
    }

    private static void writeStream(Response response, BodyWriter writer) throws IOException {
        BodyStream out = new BodyStream(response);
        writer.writeTo(out);
        out.end();
    }

    private void writeFile(Response response, Body.File file) throws IOException {
        try (Blocker.Callback blocker = Blocker.callback()) {
            Content.Source region = Content.Source.from(fileBuffers, file.path(), file.offset(), file.length());
            Content.copy(region, response, blocker);
            blocker.block();
        }
    }

    private static void complete(Completion completion, Throwable failure) {
        try {
            completion.completed(failure);
        } catch (Throwable x) {
            LOG.error("A response completion threw; it must not, and the exchange goes on", x);
        }
    }

    private static String what(Request request) {
        return request.getMethod() + " " + request.getHttpURI().getPathQuery();
    }

    /**
     * The stream a body writer writes to: small writes are gathered in a buffer, flush() sends what is
     * buffered, and the last buffered bytes go out with the end of the body, so a short stream of unknown
     * length still gets a Content-Length. Closing it only flushes: the server ends the body.
     */
    private static final class BodyStream extends OutputStream {
        private final Content.Sink sink;
        private final byte[] buffer = new byte[STREAM_BUFFER];
        private int count;

        BodyStream(Content.Sink sink) {
            this.sink = sink;
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                drain();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (length > buffer.length - count) {
                drain();
            }
            if (length >= buffer.length) {
                Content.Sink.write(sink, false, ByteBuffer.wrap(bytes, offset, length));
            } else {
                System.arraycopy(bytes, offset, buffer, count, length);
                count += length;
            }
        }

        @Override
        public void flush() throws IOException {
            Content.Sink.write(sink, false, ByteBuffer.wrap(buffer, 0, count));
            count = 0;
        }

        @Override
        public void close() throws IOException {
            drain();
        }

        void end() throws IOException {
            Content.Sink.write(sink, true, ByteBuffer.wrap(buffer, 0, count));
            count = 0;
        }

        private void drain() throws IOException {
            if (count > 0) {
                flush();
            }
        }
    }
}
