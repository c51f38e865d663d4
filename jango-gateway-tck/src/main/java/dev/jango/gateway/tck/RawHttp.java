package dev.jango.gateway.tck;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny HTTP/1.1 client over one raw socket, for tests that need exact control of the bytes.
 *
 * <p>Every read has a timeout, so a server that never answers fails the test instead of hanging it.
 */
final class RawHttp implements AutoCloseable {

    /** How long any single read may wait. */
    static final int TIMEOUT_MILLIS = 10_000;

    private static final int MAX_LINE = 64 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttp(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** The client end of the connection, as the server should report it as the remote address. */
    InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Send text as ISO-8859-1 bytes (one byte per char). */
    RawHttp send(String text) throws IOException {
        return send(text.getBytes(ISO_8859_1));
    }

    RawHttp send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Send {@code body} with chunked transfer coding, in chunks of {@code chunkSize}, then the last chunk. */
    RawHttp sendChunked(byte[] body, int chunkSize) throws IOException {
        for (int at = 0; at < body.length; at += chunkSize) {
            int size = Math.min(chunkSize, body.length - at);
            out.write((Integer.toHexString(size) + "\r\n").getBytes(ISO_8859_1));
            out.write(body, at, size);
            out.write("\r\n".getBytes(ISO_8859_1));
        }
        return send("0\r\n\r\n");
    }

    /** Read a whole response to a request that was not HEAD. */
    Response read() throws IOException {
        return read(false);
    }

    /** Read a whole response; a response to HEAD has no body whatever its headers say. */
    Response read(boolean head) throws IOException {
        Head h = readHead();
        byte[] body = head || !h.mayHaveBody() ? new byte[0] : body(h).readAllBytes();
        return new Response(h, body);
    }

    /** Read the status line and header fields. */
    Head readHead() throws IOException {
        String statusLine = readLine();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: '" + statusLine + "'");
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed response header line: '" + line + "'");
            }
            fields.add(Map.entry(line.substring(0, colon), line.substring(colon + 1).strip()));
        }
        return new Head(parts[0], Integer.parseInt(parts[1]), List.copyOf(fields));
    }

    /** The body of the response whose head was just read, as a stream (de-chunked, or bounded by length). */
    InputStream body(Head head) {
        if (head.chunked()) {
            return new ChunkedBody();
        }
        long length = head.contentLength();
        return length >= 0 ? new BoundedBody(length) : in;
    }

    /** Stop sending (half-close): the server reads the end of the stream, and can still answer. */
    RawHttp shutdownOutput() throws IOException {
        socket.shutdownOutput();
        return this;
    }

    /** Read and drop everything the server sends until it closes the connection; a reset counts as a close. */
    void readToEnd() throws IOException {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (SocketException reset) {
            // the server closed with our bytes unread: the end as well
        }
    }

    /** True when the server closes the connection (end of stream) before {@code TIMEOUT_MILLIS}. */
    boolean closedByServer() throws IOException {
        return in.read() == -1;
    }

    /** Close the socket abruptly (RST where the OS does that), leaving unread data behind. */
    void abort() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new EOFException("connection closed by the server in the middle of a line: '"
                        + line.toString(ISO_8859_1) + "'");
            }
            if (line.size() == MAX_LINE) {
                throw new IOException("line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        String text = line.toString(ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** A response head: protocol, status and header fields in order. */
    record Head(String protocol, int status, List<Map.Entry<String, String>> fields) {

        /** The first value of {@code name} (any case), or null. */
        String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.getFirst();
        }

        /** Every value of {@code name} (any case), in order. */
        List<String> headers(String name) {
            return fields.stream().filter(f -> f.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
        }

        boolean chunked() {
            String coding = header("Transfer-Encoding");
            return coding != null && coding.toLowerCase(Locale.ROOT).endsWith("chunked");
        }

        long contentLength() {
            String length = header("Content-Length");
            return length == null ? -1 : Long.parseLong(length);
        }

        boolean mayHaveBody() {
            return status >= 200 && status != 204 && status != 304;
        }
    }

    /** A whole response. */
    record Response(Head head, byte[] body) {

        int status() {
            return head.status();
        }

        String header(String name) {
            return head.header(name);
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Exactly {@code remaining} bytes of the connection. */
    private final class BoundedBody extends InputStream {
        private long remaining;

        BoundedBody(long length) {
            remaining = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n == -1) {
                throw new EOFException("connection closed with " + remaining + " body bytes still to come");
            }
            remaining -= n;
            return n;
        }
    }

    /** A chunked body, de-chunked; trailers are read and dropped. */
    private final class ChunkedBody extends InputStream {
        private long chunkLeft;
        private boolean inChunk;
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (chunkLeft == 0 && !nextChunk()) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, chunkLeft));
            if (n == -1) {
                throw new EOFException("connection closed inside a chunk");
            }
            chunkLeft -= n;
            return n;
        }

        private boolean nextChunk() throws IOException {
            if (done) {
                return false;
            }
            // The CRLF that ends a chunk's data is read only now: servers may send it with the next chunk.
            if (inChunk && !readLine().isEmpty()) {
                throw new IOException("chunk data not followed by CRLF");
            }
            inChunk = true;
            String sizeLine = readLine();
            int extension = sizeLine.indexOf(';');
            chunkLeft = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip(), 16);
            if (chunkLeft == 0) {
                while (!readLine().isEmpty()) {
                    // trailer field: dropped
                }
                done = true;
                return false;
            }
            return true;
        }
    }
}
