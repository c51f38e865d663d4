package dev.jango.http;

import dev.jango.core.exceptions.BadRequest;
import dev.jango.core.exceptions.RequestDataTooBig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a {@code multipart} body into header blocks and part bodies as it streams in, through one fixed
 * buffer.
 *
 * <p>A CRLF is put in front of the body so that a delimiter ({@code CRLF--boundary}) at its very start is
 * found like any other. The delimiter is searched from each {@code CR}; since the boundary holds no
 * {@code CR}, a failed comparison never reaches past the next {@code CR} of the data, so a search costs time
 * linear in the data whatever it contains. Every failure is a {@link BadRequest}, or a
 * {@link RequestDataTooBig} past {@code maxBytes}.
 */
final class MultipartReader {

    static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAX_PADDING = 1024;
    private static final int MIN_READ = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final long maxBytes;
    private final byte[] buf = new byte[BUFFER_SIZE];
    private int pos;
    private int limit;
    private boolean eof;
    private long consumed;
    /** Data before this index holds no delimiter start; only meaningful while a part body is being read. */
    private int scannedTo;
    /** Where the delimiter that ends the current region starts, or -1 when not found yet. */
    private int delimiterAt = -1;
    private boolean partDone;

    MultipartReader(InputStream in, String boundary, long maxBytes) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        this.maxBytes = maxBytes;
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
    }

    /**
     * Skip the preamble and the first delimiter; true when a part follows, false for an empty body
     * ({@code --boundary--}).
     */
    boolean start() {
        beginRegion();
        while (readRegion(null, 0, Integer.MAX_VALUE) >= 0) {
            // the preamble is discarded
        }
        return afterDelimiter();
    }

    /**
     * Read the header lines of the next part, folded continuation lines joined, up to the empty line.
     * More than {@code maxHeaderBytes} of header lines is a {@link BadRequest}.
     */
    List<String> readHeaders(int maxHeaderBytes) {
        List<String> lines = new ArrayList<>();
        int total = 0;
        int checked = 0;
        while (true) {
            int eol = indexOfCrlf(pos + checked);
            if (eol < 0) {
                checked = Math.max(0, limit - pos - 1);
                if (total + (limit - pos) > maxHeaderBytes) {
                    throw new BadRequest("Multipart part headers are larger than " + maxHeaderBytes + " bytes");
                }
                if (!fill()) {
                    throw new BadRequest("Multipart body ended inside the headers of a part");
                }
                continue;
            }
            total += eol - pos + 2;
            if (total > maxHeaderBytes) {
                throw new BadRequest("Multipart part headers are larger than " + maxHeaderBytes + " bytes");
            }
            String line = new String(buf, pos, eol - pos, StandardCharsets.UTF_8);
            pos = eol + 2;
            checked = 0;
            if (line.isEmpty()) {
                beginRegion();
                return lines;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.getLast() + " " + line.strip());
            } else {
                lines.add(line);
            }
        }
    }

    /**
     * Read up to {@code len} bytes of the current part body into {@code b}; -1 at its end. After -1, call
     * {@link #afterDelimiter()} to learn whether another part follows.
     */
    int readBody(byte[] b, int off, int len) {
        return readRegion(b, off, len);
    }

    /** The current part body as a stream; it fails with {@link BadRequest} as {@link #readBody} does. */
    InputStream body() {
        return new InputStream() {
            private final byte[] one = new byte[1];

            @Override
            public int read() {
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Objects.checkFromIndexSize(off, len, b.length);
                return len == 0 ? 0 : readBody(b, off, len);
            }
        };
    }

    /** Past a delimiter: true when a part follows ({@code CRLF} after optional padding), false at {@code --}. */
    boolean afterDelimiter() {
        int padding = 0;
        while (true) {
            while (limit - pos < 2) {
                if (!fill()) {
                    throw new BadRequest("Multipart body ended without its final boundary");
                }
            }
            byte first = buf[pos];
            byte second = buf[pos + 1];
            if (padding == 0 && first == '-' && second == '-') {
                pos += 2;
                return false;
            }
            if (first == '\r' && second == '\n') {
                pos += 2;
                return true;
            }
            if ((first != ' ' && first != '\t') || ++padding > MAX_PADDING) {
                throw new BadRequest("Malformed multipart boundary line: the boundary must be followed by CRLF or '--'");
            }
            pos++;
        }
    }

    private void beginRegion() {
        scannedTo = pos;
        delimiterAt = -1;
        partDone = false;
    }

    /** Copy data before the next delimiter (or skip it when {@code b} is null); -1 once the delimiter is passed. */
    private int readRegion(byte[] b, int off, int len) {
        if (partDone) {
            return -1;
        }
        while (true) {
            int safeEnd = scan();
            if (safeEnd > pos) {
                int n = Math.min(len, safeEnd - pos);
                if (b != null) {
                    System.arraycopy(buf, pos, b, off, n);
                }
                pos += n;
                return n;
            }
            if (delimiterAt >= 0) {
                pos = delimiterAt + delimiter.length;
                partDone = true;
                return -1;
            }
            if (!fill()) {
                throw new BadRequest("Multipart body ended before the expected boundary (truncated body, or not "
                        + "the boundary of the Content-Type)");
            }
        }
    }

    /** The end of the data known to precede the next delimiter; sets {@link #delimiterAt} once found. */
    private int scan() {
        if (delimiterAt >= 0) {
            return delimiterAt;
        }
        int from = Math.max(pos, scannedTo);
        int last = limit - delimiter.length;
        for (int i = from; i <= last; i++) {
            if (buf[i] == '\r' && matches(i)) {
                delimiterAt = i;
                return i;
            }
        }
        scannedTo = Math.max(from, last + 1);
        return scannedTo;
    }

    private boolean matches(int at) {
        for (int k = 1; k < delimiter.length; k++) {
            if (buf[at + k] != delimiter[k]) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first CRLF at or after {@code from}, or -1; the caller remembers what it checked. */
    private int indexOfCrlf(int from) {
        for (int i = from; i < limit - 1; i++) {
            if (buf[i] == '\r' && buf[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Read more; false at the end of the stream. Unread data moves to the front only when less than
     * {@link #MIN_READ} bytes are free behind it, so that slow clients sending a byte at a time cost linear time.
     */
    private boolean fill() {
        if (eof) {
            return false;
        }
        if (pos > 0 && buf.length - limit < MIN_READ) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            scannedTo = Math.max(0, scannedTo - pos);
            if (delimiterAt >= 0) {
                delimiterAt -= pos;
            }
            pos = 0;
        }
        if (limit == buf.length) {
            throw new IllegalStateException("multipart buffer full: every caller consumes data before reading more");
        }
        int n;
        try {
            do {
                n = in.read(buf, limit, buf.length - limit);
            } while (n == 0);
        } catch (IOException | UncheckedIOException e) {
            throw new BadRequest("The request body could not be read: " + e.getMessage(), e);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        consumed += n;
        if (maxBytes >= 0 && consumed > maxBytes) {
            throw new RequestDataTooBig("Request body exceeded maxUploadSize (" + maxBytes + " bytes)");
        }
        return true;
    }
}
