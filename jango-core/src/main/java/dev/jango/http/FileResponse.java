package dev.jango.http;

import dev.jango.core.exceptions.Http404;
import dev.jango.gateway.Body;
import dev.jango.gateway.HttpDate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A response that sends a file, through the server's most efficient path, like Django's {@code FileResponse}.
 *
 * <p>Content type guessed from the file name as Django guesses it (Python's {@code mimetypes.guess_type}): no
 * {@code charset} is added, so a text file's type is {@code text/plain} unless the caller sets another
 * ({@code .header("Content-Type", "text/plain; charset=utf-8")}); a compressed file is sent as what it is, not as
 * what it holds ({@code data.csv.gz} is {@code application/gzip}, with no {@code Content-Encoding} that would make
 * the browser unpack it); an unknown extension is {@code application/octet-stream}. Then {@code Content-Length},
 * {@code Last-Modified} (an IMF-fixdate), {@code Accept-Ranges}, and {@code Content-Disposition} ({@code inline} or {@code attachment}, with an RFC 6266 {@code filename*}
 * for non-ASCII names). A GET with {@code Range} gets 206 with the range (several ranges as
 * {@code multipart/byteranges}), an unsatisfiable range 416; {@code If-Range} with a stale date sends the
 * whole file. A path that is not a readable regular file raises {@link Http404}.
 */
public class FileResponse extends Response {

    private final Path path;
    private final long size;
    private final String lastModified;
    private Body body;

    /** Send {@code path} inline, named by its own file name. */
    public FileResponse(Path path) {
        this(path, false, path.getFileName().toString());
    }

    /**
     * Send {@code path}; {@code attachment} asks the browser to save it as {@code fileName} rather than show it.
     */
    public FileResponse(Path path, boolean attachment, String fileName) {
        super(200, new byte[0], contentType(fileName));
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new Http404("File not found: " + path);
        }
        if (!attributes.isRegularFile() || !Files.isReadable(path)) {
            throw new Http404("Not a readable file: " + path);
        }
        this.path = path;
        this.size = attributes.size();
        this.lastModified = HttpDate.format(attributes.lastModifiedTime().toInstant());
        this.body = Body.file(path, size);
        header("Content-Length", Long.toString(size));
        header("Last-Modified", lastModified);
        header("Accept-Ranges", "bytes");
        header("Content-Disposition", disposition(attachment, fileName));
    }

    /**
     * The type Django's {@code FileResponse} gives a file named {@code fileName}: the guessed type, or for a
     * compressed file the type of its compression ({@code application/gzip}, {@code application/x-brotli},
     * {@code application/x-bzip}, {@code application/x-compress}, {@code application/x-xz}), else
     * {@code application/octet-stream}.
     */
    static String contentType(String fileName) {
        MimeTypes.Guess guess = MimeTypes.guess(fileName);
        String compressed = guess.encoding() == null ? null : switch (guess.encoding()) {
            case "br" -> "application/x-brotli";
            case "bzip2" -> "application/x-bzip";
            case "compress" -> "application/x-compress";
            case "gzip" -> "application/gzip";
            case "xz" -> "application/x-xz";
            default -> null;
        };
        return compressed != null ? compressed : guess.type() != null ? guess.type() : "application/octet-stream";
    }

    /** Send {@code path} as a download named {@code fileName}. */
    public static FileResponse attachment(Path path, String fileName) {
        return new FileResponse(path, true, fileName);
    }

    /** The file being sent. */
    public Path path() {
        return path;
    }

    @Override
    public boolean isStreaming() {
        return true;
    }

    /**
     * Not available: the file is sent by the server, not held in memory.
     *
     * @throws IllegalStateException always
     */
    @Override
    public byte[] content() {
        throw new IllegalStateException("A FileResponse has no content in memory; check isStreaming() first");
    }

    @Override
    public Body body() {
        return body;
    }

    @Override
    public Response adaptTo(Request request) {
        if (status() != 200 || !(request.method().equals("GET") || request.method().equals("HEAD"))) {
            return this;
        }
        String ifRange = request.header("If-Range");
        if (ifRange != null && !ifRange.strip().equals(lastModified) && !ifRange.strip().equals(header("ETag"))) {
            return this; // the client's copy is stale: send it all
        }
        List<ByteRanges.Range> ranges = ByteRanges.parse(request.header("Range"), size);
        if (ranges == null) {
            return this;
        }
        if (ranges.isEmpty()) {
            body = Body.empty();
            headers().remove("Content-Disposition");
            status(416).header("Content-Range", "bytes */" + size).header("Content-Length", "0");
            return this;
        }
        status(206);
        if (ranges.size() == 1) {
            ByteRanges.Range range = ranges.getFirst();
            body = new Body.File(path, range.start(), range.length());
            header("Content-Range", "bytes " + range.start() + "-" + range.end() + "/" + size);
            header("Content-Length", Long.toString(range.length()));
            return this;
        }
        multipart(ranges);
        return this;
    }

    private void multipart(List<ByteRanges.Range> ranges) {
        String boundary = UUID.randomUUID().toString().replace("-", "");
        String type = contentType();
        byte[][] heads = new byte[ranges.size()][];
        long length = 0;
        for (int i = 0; i < ranges.size(); i++) {
            ByteRanges.Range range = ranges.get(i);
            heads[i] = ("\r\n--" + boundary + "\r\nContent-Type: " + type + "\r\nContent-Range: bytes " + range.start()
                    + "-" + range.end() + "/" + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            length += heads[i].length + range.length();
        }
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        length += tail.length;
        body = Body.stream(out -> writeParts(out, ranges, heads, tail), length);
        header("Content-Type", "multipart/byteranges; boundary=" + boundary);
        header("Content-Length", Long.toString(length));
    }

    private void writeParts(OutputStream out, List<ByteRanges.Range> ranges, byte[][] heads, byte[] tail) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            var target = Channels.newChannel(out);
            for (int i = 0; i < ranges.size(); i++) {
                out.write(heads[i]);
                long position = ranges.get(i).start();
                long remaining = ranges.get(i).length();
                while (remaining > 0) {
                    long sent = channel.transferTo(position, remaining, target);
                    if (sent <= 0) {
                        throw new UncheckedIOException(new IOException(path + " shrank while it was sent"));
                    }
                    position += sent;
                    remaining -= sent;
                }
            }
            out.write(tail);
        }
    }

    /** {@code inline} or {@code attachment}, with an ASCII {@code filename} and an RFC 6266 {@code filename*}. */
    static String disposition(boolean attachment, String fileName) {
        StringBuilder ascii = new StringBuilder();
        boolean plain = true;
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                continue;
            }
            if (c > 0x7e) {
                plain = false;
                ascii.append('_');
            } else {
                if (c == '"' || c == '\\') {
                    ascii.append('\\');
                }
                ascii.append(c);
            }
        }
        String value = (attachment ? "attachment" : "inline") + "; filename=\"" + ascii + "\"";
        if (!plain) {
            StringBuilder encoded = new StringBuilder();
            for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                    encoded.append((char) c);
                } else {
                    encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
                }
            }
            value += "; filename*=UTF-8''" + encoded;
        }
        return value;
    }

    /** When the file was last modified, as sent in {@code Last-Modified}. */
    public Instant lastModified() {
        return Preconditions.parseHttpDate(lastModified);
    }
}
