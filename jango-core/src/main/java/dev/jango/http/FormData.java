package dev.jango.http;

import dev.jango.http.QueryDict;
import dev.jango.http.UploadedFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A parsed form body: its text fields and its files, like Django's {@code request.POST} and
 * {@code request.FILES}.
 *
 * <p>The form owns the temporary files of the uploads that did not fit in memory: {@link #close()} deletes
 * them, and must run once the request is finished (the request does it). Closing twice is harmless.
 */
final class FormData implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FormData.class);
    private static final FormData EMPTY = new FormData(QueryDict.empty(), UploadedFiles.empty(), List.of());

    private final QueryDict fields;
    private final UploadedFiles files;
    private final List<Path> temporaryFiles;

    FormData(QueryDict fields, UploadedFiles files, List<Path> temporaryFiles) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.files = Objects.requireNonNull(files, "files");
        this.temporaryFiles = List.copyOf(temporaryFiles);
    }

    /**
     * Parse a request body as a form, as Django fills {@code request.POST} and {@code request.FILES}:
     * {@code multipart/form-data} with {@link MultipartParser}, {@code application/x-www-form-urlencoded} with
     * {@link UrlEncodedParser}, anything else (or no Content-Type) gives {@link #empty()} without calling
     * {@code body}, so the body stays readable. {@code contentLength} is -1 when unknown.
     *
     * @throws dev.jango.core.exceptions.BadRequest as the parsers do: malformed or unreadable bodies
     * @throws dev.jango.core.exceptions.RequestDataTooBig past {@code dataUploadMaxMemorySize} or
     *     {@code maxUploadSize}
     * @throws dev.jango.core.exceptions.TooManyFieldsSent past the number of fields or files
     */
    public static FormData parse(String contentType, long contentLength, Supplier<? extends InputStream> body,
            UploadLimits limits) {
        String mediaType = contentType == null ? "" : HeaderValue.parse(contentType).value();
        return switch (mediaType) {
            case "multipart/form-data" -> MultipartParser.parse(body.get(), contentType, contentLength, limits);
            case "application/x-www-form-urlencoded" ->
                    of(UrlEncodedParser.parse(body.get(), contentType, contentLength, limits));
            default -> EMPTY;
        };
    }

    /**
     * The form of {@code request}'s body as Django loads {@code request.POST} and {@code FILES}: empty unless the
     * method is POST, empty when the body stream was read already ({@code streamRead}), else {@link #parse}d.
     */
    static FormData load(Request request, boolean streamRead) {
        if (!request.method().equals("POST") || streamRead) {
            return EMPTY;
        }
        boolean urlencoded = request.contentType().equals("application/x-www-form-urlencoded");
        return parse(request.header("Content-Type"), BodyReader.declaredLength(request.gateway()),
                urlencoded ? () -> new ByteArrayInputStream(request.body()) : request::bodyStream,
                UploadLimits.of(request.settings()));
    }

    /** A form with no fields and no files. */
    public static FormData empty() {
        return EMPTY;
    }

    /** A form of text fields only, as an urlencoded body gives. */
    public static FormData of(QueryDict fields) {
        return fields.isEmpty() ? EMPTY : new FormData(fields, UploadedFiles.empty(), List.of());
    }

    /** The text fields, in the order sent. */
    public QueryDict fields() {
        return fields;
    }

    /** The uploaded files, by field name, in the order sent. */
    public UploadedFiles files() {
        return files;
    }

    /**
     * Delete the temporary files of the uploads; files moved away through
     * {@code UploadedFile.temporaryFilePath()} are left alone. Never throws: a file that cannot be deleted is
     * logged.
     */
    @Override
    public void close() {
        deleteAll(temporaryFiles);
    }

    static void deleteAll(List<Path> paths) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not delete the temporary upload file {}", path, e);
            }
        }
    }

    @Override
    public String toString() {
        return "FormData[fields=" + fields + ", files=" + files + "]";
    }
}
