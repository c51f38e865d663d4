package dev.jango.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * A file sent in a {@code multipart/form-data} body, like Django's {@code UploadedFile}: held in memory when
 * small, in a temporary file otherwise.
 *
 * <p>{@link #name()} is the client's file name made safe by {@link #safeName}; it is still user input, so
 * never use it as a path without your own checks. A temporary file belongs to the parse that made it and is
 * deleted when the request finishes; after that the content of a file that is not {@link #inMemory()} can no
 * longer be read. Not thread-safe, like the request it belongs to.
 */
public final class UploadedFile {

    private final String fieldName;
    private final String name;
    private final String contentType;
    private final String charset;
    private final long size;
    private final byte[] content;
    private final Path file;

    private UploadedFile(String fieldName, String name, String contentType, String charset, long size, byte[] content,
            Path file) {
        this.fieldName = Objects.requireNonNull(fieldName, "fieldName");
        this.name = safeName(Objects.requireNonNull(name, "name"));
        this.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        this.charset = charset;
        this.size = size;
        this.content = content;
        this.file = file;
    }

    /**
     * An upload held in memory. The array is taken over, not copied: do not change it afterwards.
     * {@code name} is passed through {@link #safeName}; a null or blank content type means
     * {@code application/octet-stream}; {@code charset} may be null.
     */
    public static UploadedFile ofBytes(String fieldName, String name, String contentType, String charset,
            byte[] content) {
        Objects.requireNonNull(content, "content");
        return new UploadedFile(fieldName, name, contentType, charset, content.length, content, null);
    }

    /**
     * An upload held in the file {@code file} of {@code size} bytes. Whoever made the file deletes it; this
     * object only reads it. Other arguments as in {@link #ofBytes}.
     */
    public static UploadedFile ofFile(String fieldName, String name, String contentType, String charset, Path file,
            long size) {
        Objects.requireNonNull(file, "file");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + size);
        }
        return new UploadedFile(fieldName, name, contentType, charset, size, null, file);
    }

    /**
     * Make a client's file name safe to show and to use as the last part of a path: keep only what follows
     * the last {@code /} or {@code \}, drop control, format and other non-printable characters (NUL, bidi
     * overrides, ...), leading dots and spaces, trailing dots and spaces, and cut it to 255 UTF-8 bytes,
     * keeping a short extension. Returns {@code ""} when nothing is left ({@code "../"}, {@code ".."}).
     */
    public static String safeName(String clientName) {
        return FileNames.sanitize(clientName);
    }

    /** The name of the form field the file was sent in. */
    public String fieldName() {
        return fieldName;
    }

    /** The client's file name, made safe by {@link #safeName}; never a path, never empty for parsed uploads. */
    public String name() {
        return name;
    }

    /** The media type the client declared, without parameters, e.g. {@code image/png}; untrusted. */
    public String contentType() {
        return contentType;
    }

    /** The {@code charset} parameter of the part's content type, or null. */
    public String charset() {
        return charset;
    }

    /** The size of the content in bytes. */
    public long size() {
        return size;
    }

    /** True when the content is held in memory, false when it is in a temporary file. */
    public boolean inMemory() {
        return content != null;
    }

    /**
     * The temporary file holding the content when it is not in memory, like Django's
     * {@code temporary_file_path()}. You may move it away to keep it; it is deleted at request finish otherwise.
     */
    public Optional<Path> temporaryFilePath() {
        return Optional.ofNullable(file);
    }

    /**
     * A new stream over the content; close it when done.
     *
     * @throws IOException when the temporary file cannot be read (deleted after the request finished, moved)
     */
    public InputStream inputStream() throws IOException {
        return content != null ? new ByteArrayInputStream(content) : Files.newInputStream(file);
    }

    /**
     * The whole content as a new array; for a large upload prefer {@link #inputStream()} or {@link #transferTo}.
     *
     * @throws IOException when the temporary file cannot be read
     */
    public byte[] bytes() throws IOException {
        return content != null ? content.clone() : Files.readAllBytes(file);
    }

    /**
     * Write the content to {@code target}, replacing it if it exists; the upload stays readable.
     *
     * @throws IOException when {@code target} cannot be written (a missing directory, no space, ...)
     */
    public void transferTo(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        if (content != null) {
            Files.write(target, content);
        } else {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public String toString() {
        return "UploadedFile[" + fieldName + ": " + name + " (" + contentType + ", " + size + " bytes, "
                + (content != null ? "in memory" : "on disk") + ")]";
    }
}
