package dev.jango.test;

import java.util.Objects;

/**
 * A file for {@link Call#multipart}: what a browser sends for an {@code <input type="file">}.
 *
 * @param fileName the client-side file name
 * @param contentType the part's content type
 * @param content the file's bytes
 */
public record FileUpload(String fileName, String contentType, byte[] content) {

    public FileUpload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
