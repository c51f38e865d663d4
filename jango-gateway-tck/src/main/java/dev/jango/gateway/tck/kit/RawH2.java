package dev.jango.gateway.tck.kit;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;

/**
 * A tiny cleartext HTTP/2 client over one raw socket (prior knowledge), for tests that must send header fields
 * a real client refuses to send: each request is one HEADERS frame of literal, never indexed, never Huffman-coded
 * fields (RFC 7541 6.2.2), and the only answer read is what became of each stream.
 */
final class RawH2 implements AutoCloseable {

    /** RST_STREAM's error code for a malformed request (RFC 9113 7). */
    static final int PROTOCOL_ERROR = 1;

    private static final int HEADERS = 1;
    private static final int RST_STREAM = 3;
    private static final int SETTINGS = 4;
    private static final int GOAWAY = 7;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    /** Connect to 127.0.0.1:{@code port}, send the connection preface and an empty SETTINGS frame. */
    RawH2(int port, int timeoutMillis) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(timeoutMillis);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(ISO_8859_1));
        frame(SETTINGS, 0, 0, new byte[0]);
    }

    /** Send a GET of {@code path} on {@code stream} (odd, increasing) with the extra {@code fields}, name, value. */
    void get(int stream, String path, String... fields) throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        literal(block, ":method", "GET");
        literal(block, ":scheme", "http");
        literal(block, ":authority", "127.0.0.1");
        literal(block, ":path", path);
        for (int i = 0; i < fields.length; i += 2) {
            literal(block, fields[i], fields[i + 1]);
        }
        frame(HEADERS, 0x5, stream, block.toByteArray()); // END_STREAM | END_HEADERS
    }

    /**
     * What the server did with {@code stream}: "HEADERS" (it answered), "RST_STREAM n" (reset with error code n),
     * "GOAWAY n" (it ended the whole connection) or "closed"; frames of other streams are skipped.
     */
    String outcome(int stream) throws IOException {
        try {
            while (true) {
                int length = in.readUnsignedShort() << 8 | in.readUnsignedByte();
                int type = in.readUnsignedByte();
                int flags = in.readUnsignedByte();
                int id = in.readInt() & 0x7fff_ffff;
                byte[] payload = in.readNBytes(length);
                if (type == SETTINGS && (flags & 1) == 0) {
                    frame(SETTINGS, 1, 0, new byte[0]); // ACK
                } else if (type == GOAWAY) {
                    return "GOAWAY " + (payload.length >= 8 ? payload[7] & 0xff : -1);
                } else if (id == stream && type == HEADERS) {
                    return "HEADERS";
                } else if (id == stream && type == RST_STREAM) {
                    return "RST_STREAM " + (payload.length >= 4 ? payload[3] & 0xff : -1);
                }
            }
        } catch (EOFException closed) {
            return "closed";
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void frame(int type, int flags, int stream, byte[] payload) throws IOException {
        int length = payload.length;
        out.write(new byte[] {(byte) (length >>> 16), (byte) (length >>> 8), (byte) length, (byte) type,
                (byte) flags, (byte) (stream >>> 24), (byte) (stream >>> 16), (byte) (stream >>> 8), (byte) stream});
        out.write(payload);
        out.flush();
    }

    /** A literal header field without indexing, new name, no Huffman coding; names and values under 127 bytes. */
    private static void literal(ByteArrayOutputStream block, String name, String value) {
        block.write(0);
        block.write(name.length());
        block.writeBytes(name.getBytes(ISO_8859_1));
        block.write(value.length());
        block.writeBytes(value.getBytes(ISO_8859_1));
    }
}
