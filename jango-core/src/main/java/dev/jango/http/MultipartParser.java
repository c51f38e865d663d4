package dev.jango.http;

import dev.jango.core.exceptions.BadRequest;
import dev.jango.core.exceptions.RequestDataTooBig;
import dev.jango.core.exceptions.TooManyFieldsSent;
import dev.jango.http.UploadedFile;
import dev.jango.http.UploadedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Parses a {@code multipart/form-data} body (RFC 7578) as it streams in, like Django's
 * {@code MultiPartParser}: text fields into a {@code QueryDict}, files into {@link UploadedFile}s held in
 * memory or in temporary files. The body is never held whole in memory.
 *
 * <p>Each part needs a {@code Content-Disposition: form-data} header with a {@code name}; a {@code filename}
 * (or RFC 8187 {@code filename*}) makes it a file. A file part whose name is empty once made safe is read
 * and dropped: that is what a file input left empty sends ({@code filename=""}). Text fields are decoded
 * with the charset of the part, else of the request's Content-Type, else UTF-8, with U+FFFD for bad bytes.
 * A legacy {@code Content-Transfer-Encoding: base64} is decoded. A preamble and an epilogue are ignored; the
 * body is read up to its final boundary, no further.
 */
final class MultipartParser {

    /** The most bytes of header lines one part may have. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;

    /** The longest boundary accepted (RFC 2046 asks senders for 70 at most; Django accepts about 200). */
    public static final int MAX_BOUNDARY_LENGTH = 200;

    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final MultipartReader reader;
    private final UploadLimits limits;
    private final Charset charset;
    private final Fields fields = new Fields();
    private final List<UploadedFile> files = new ArrayList<>();
    private final List<Path> temporaryFiles = new ArrayList<>();
    private final byte[] transfer = new byte[MultipartReader.BUFFER_SIZE];
    private int fieldCount;
    private int fileCount;
    private long fieldBytes;
    private long memoryLeft;

    private MultipartParser(MultipartReader reader, UploadLimits limits, Charset charset) {
        this.reader = reader;
        this.limits = limits;
        this.charset = charset;
        this.memoryLeft = limits.fileUploadMaxMemorySize();
    }

    /**
     * Parse {@code body}, whose {@code Content-Type} header is {@code contentType} and whose declared length is
     * {@code contentLength} (-1 when unknown; 0 gives an empty form without reading). Close the result when the
     * request is finished, to delete its temporary files; on failure none are left behind.
     *
     * @throws BadRequest when the Content-Type is not {@code multipart/form-data} with a valid boundary, when the
     *     body is malformed (no boundary, truncated, a part without {@code Content-Disposition} or name, part
     *     headers over {@value #MAX_HEADER_BYTES} bytes) or cannot be read
     * @throws RequestDataTooBig when the text fields pass {@code dataUploadMaxMemorySize} or the body
     *     {@code maxUploadSize} (checked against {@code contentLength} before reading)
     * @throws TooManyFieldsSent when there are more fields than {@code dataUploadMaxNumberFields} or more files
     *     than {@code dataUploadMaxNumberFiles}
     * @throws java.io.UncheckedIOException when a temporary file cannot be written (a server-side failure)
     */
    public static FormData parse(InputStream body, String contentType, long contentLength, UploadLimits limits) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(limits, "limits");
        HeaderValue type = HeaderValue.parse(contentType == null ? "" : contentType);
        if (!type.value().equals("multipart/form-data")) {
            throw new BadRequest("Expected a multipart/form-data body, the Content-Type is: " + contentType);
        }
        String boundary = boundary(type.param("boundary"));
        if (limits.maxUploadSize() >= 0 && contentLength > limits.maxUploadSize()) {
            throw new RequestDataTooBig("Request body exceeded maxUploadSize (" + limits.maxUploadSize() + " bytes)");
        }
        if (contentLength == 0) {
            return FormData.empty();
        }
        MultipartReader reader = new MultipartReader(body, boundary, limits.maxUploadSize());
        MultipartParser parser = new MultipartParser(reader, limits, type.charset(StandardCharsets.UTF_8));
        try {
            return parser.run();
        } catch (RuntimeException | Error e) {
            FormData.deleteAll(parser.temporaryFiles);
            throw e;
        }
    }

    private static String boundary(String boundary) {
        if (boundary == null || boundary.isEmpty()) {
            throw new BadRequest("The multipart/form-data Content-Type has no boundary parameter");
        }
        if (boundary.length() > MAX_BOUNDARY_LENGTH) {
            throw new BadRequest("The multipart boundary is longer than " + MAX_BOUNDARY_LENGTH + " characters");
        }
        for (int i = 0; i < boundary.length(); i++) {
            char c = boundary.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new BadRequest("The multipart boundary may only hold printable ASCII characters");
            }
        }
        if (boundary.endsWith(" ")) {
            throw new BadRequest("The multipart boundary must not end with a space");
        }
        return boundary;
    }

    private FormData run() {
        if (reader.start()) {
            do {
                readPart(headers(reader.readHeaders(MAX_HEADER_BYTES)));
                while (reader.readBody(transfer, 0, transfer.length) >= 0) {
                    // skip what a decoder left unread
                }
            } while (reader.afterDelimiter());
        }
        return new FormData(fields.build(), UploadedFiles.of(files), temporaryFiles);
    }

    private static Map<String, String> headers(List<String> lines) {
        Map<String, String> headers = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new BadRequest("Malformed multipart part header line (no name and colon): "
                        + line.substring(0, Math.min(line.length(), 80)));
            }
            headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        return headers;
    }

    private void readPart(Map<String, String> headers) {
        String disposition = headers.get("content-disposition");
        if (disposition == null) {
            throw new BadRequest("A multipart part has no Content-Disposition header");
        }
        HeaderValue form = HeaderValue.parse(disposition);
        if (!form.value().equals("form-data")) {
            throw new BadRequest("A multipart part has Content-Disposition '" + form.value() + "', expected form-data");
        }
        String name = form.param("name");
        if (name == null) {
            throw new BadRequest("A multipart part has no name in its Content-Disposition");
        }
        HeaderValue type = HeaderValue.parse(headers.getOrDefault("content-type", ""));
        InputStream body = reader.body();
        if ("base64".equalsIgnoreCase(headers.get("content-transfer-encoding"))) {
            body = Base64.getMimeDecoder().wrap(body);
        }
        String fileName = form.param("filename");
        try {
            if (fileName == null) {
                readField(name.strip(), type, body);
            } else {
                readFile(name.strip(), fileName, type, body);
            }
        } catch (IOException e) {
            throw new BadRequest("A multipart part could not be decoded: " + e.getMessage(), e);
        }
    }

    private void readField(String name, HeaderValue type, InputStream body) throws IOException {
        int maxFields = limits.dataUploadMaxNumberFields();
        if (maxFields >= 0 && ++fieldCount > maxFields) {
            throw new TooManyFieldsSent("The number of GET/POST parameters exceeded dataUploadMaxNumberFields ("
                    + maxFields + ")");
        }
        long max = limits.dataUploadMaxMemorySize();
        fieldBytes += name.length() + 2;
        long room = max < 0 ? MAX_ARRAY - 1 : max - fieldBytes;
        if (room < 0) {
            throw fieldsTooBig(max);
        }
        int wanted = (int) Math.min(room + 1, MAX_ARRAY);
        byte[] data = body.readNBytes(wanted);
        if (data.length == wanted) {
            throw fieldsTooBig(max);
        }
        fieldBytes += data.length;
        fields.add(name, new String(data, type.charset(charset)));
    }

    private static RequestDataTooBig fieldsTooBig(long max) {
        return new RequestDataTooBig("Request body exceeded dataUploadMaxMemorySize (" + max + " bytes of form fields)");
    }

    private void readFile(String name, String clientFileName, HeaderValue type, InputStream body) throws IOException {
        int maxFiles = limits.dataUploadMaxNumberFiles();
        if (maxFiles >= 0 && ++fileCount > maxFiles) {
            throw new TooManyFieldsSent("The number of files exceeded dataUploadMaxNumberFiles (" + maxFiles + ")");
        }
        String fileName = UploadedFile.safeName(clientFileName);
        if (fileName.isEmpty()) {
            return;
        }
        Spool spool = new Spool(Math.min(limits.fileUploadMaxMemorySize(), memoryLeft), limits.fileUploadTempDir(),
                temporaryFiles);
        try (spool) {
            int n;
            while ((n = body.read(transfer, 0, transfer.length)) >= 0) {
                spool.write(transfer, 0, n);
            }
        }
        byte[] bytes = spool.bytes();
        String charsetName = type.param("charset");
        if (bytes != null) {
            memoryLeft -= bytes.length;
            files.add(UploadedFile.ofBytes(name, fileName, type.value(), charsetName, bytes));
        } else {
            files.add(UploadedFile.ofFile(name, fileName, type.value(), charsetName, spool.file(), spool.size()));
        }
    }
}
