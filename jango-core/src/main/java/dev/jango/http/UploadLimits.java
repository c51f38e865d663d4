package dev.jango.http;

import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_MEMORY_SIZE;
import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_NUMBER_FIELDS;
import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_NUMBER_FILES;
import static dev.jango.conf.CoreSettings.FILE_UPLOAD_MAX_MEMORY_SIZE;
import static dev.jango.conf.CoreSettings.FILE_UPLOAD_TEMP_DIR;
import static dev.jango.conf.CoreSettings.MAX_UPLOAD_SIZE;

import dev.jango.conf.Settings;
import java.nio.file.Path;

/**
 * The limits that apply while a request body is parsed as a form, named after the settings they come from.
 *
 * <ul>
 *   <li>{@code dataUploadMaxMemorySize}: the most bytes of an urlencoded body, or of the text fields of a
 *       multipart body (names and values, files excluded, as Django counts them); more answers 413.</li>
 *   <li>{@code dataUploadMaxNumberFields}: the most fields of a query string or form (files excluded); more
 *       answers 400 ({@code TooManyFieldsSent}).</li>
 *   <li>{@code dataUploadMaxNumberFiles}: the most file parts of a multipart body; more answers 400
 *       ({@code TooManyFieldsSent}).</li>
 *   <li>{@code fileUploadMaxMemorySize}: uploaded files stay in memory while together they fit in this many
 *       bytes; a file that does not fit goes to a temporary file. 0 sends every file to disk.</li>
 *   <li>{@code maxUploadSize}: the most bytes of a whole form body (preamble, headers, fields and files);
 *       more answers 413.</li>
 *   <li>{@code fileUploadTempDir}: where temporary files are made; null means {@code java.io.tmpdir}.</li>
 * </ul>
 * A negative value turns a limit off, except {@code fileUploadMaxMemorySize}, which must be 0 or more.
 */
record UploadLimits(long dataUploadMaxMemorySize, int dataUploadMaxNumberFields, int dataUploadMaxNumberFiles,
        long fileUploadMaxMemorySize, long maxUploadSize, Path fileUploadTempDir) {

    /** Django's {@code DATA_UPLOAD_MAX_MEMORY_SIZE} and {@code FILE_UPLOAD_MAX_MEMORY_SIZE}: 2.5 MiB. */
    public static final long DEFAULT_MAX_MEMORY_SIZE = 2_621_440;

    /** Django's {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}. */
    public static final int DEFAULT_MAX_NUMBER_FIELDS = 1000;

    /** Django's {@code DATA_UPLOAD_MAX_NUMBER_FILES}. */
    public static final int DEFAULT_MAX_NUMBER_FILES = 100;

    /**
     * Check the limits and default the temporary directory.
     *
     * @throws IllegalArgumentException when {@code fileUploadMaxMemorySize} is negative
     */
    public UploadLimits {
        if (fileUploadMaxMemorySize < 0) {
            throw new IllegalArgumentException("fileUploadMaxMemorySize must be >= 0 bytes, was "
                    + fileUploadMaxMemorySize);
        }
        if (fileUploadTempDir == null) {
            fileUploadTempDir = Path.of(System.getProperty("java.io.tmpdir"));
        }
    }

    /** The limits {@code settings} name. */
    static UploadLimits of(Settings settings) {
        return new UploadLimits(settings.get(DATA_UPLOAD_MAX_MEMORY_SIZE), settings.get(DATA_UPLOAD_MAX_NUMBER_FIELDS),
                settings.get(DATA_UPLOAD_MAX_NUMBER_FILES), settings.get(FILE_UPLOAD_MAX_MEMORY_SIZE),
                settings.get(MAX_UPLOAD_SIZE), settings.get(FILE_UPLOAD_TEMP_DIR));
    }

    /** Django's defaults, no total cap, temporary files in {@code java.io.tmpdir}. */
    public static UploadLimits defaults() {
        return new UploadLimits(DEFAULT_MAX_MEMORY_SIZE, DEFAULT_MAX_NUMBER_FIELDS, DEFAULT_MAX_NUMBER_FILES,
                DEFAULT_MAX_MEMORY_SIZE, -1, null);
    }
}
