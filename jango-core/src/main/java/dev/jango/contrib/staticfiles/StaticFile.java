package dev.jango.contrib.staticfiles;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One file the static-files index knows: where it is, its content hash, and its precompressed siblings.
 *
 * @param name       the logical name, for example {@code css/site.css}
 * @param hashedName the content-hashed name, for example {@code css/site.3f2a9c1b7d4e.css}
 * @param file       the file on disk
 * @param etag       a strong entity-tag from the content hash
 * @param brotli     the {@code .br} sibling, or null
 * @param gzip       the {@code .gz} sibling, or null
 */
record StaticFile(String name, String hashedName, Path file, String etag, Instant lastModified, Path brotli,
        Path gzip) {}
