package dev.jango.gateway;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A response body: nothing, bytes in memory, a stream written by the application, or a region of a file.
 *
 * <p>{@link #length()} is the number of bytes the body will produce, or {@code -1} when unknown (a stream
 * of unknown length goes out chunked on HTTP/1.1). Servers send {@link File} bodies with their most
 * efficient path (for example {@code sendfile}).
 */
public sealed interface Body {

    /** The number of bytes this body produces, or -1 when unknown. */
    long length();

    /** The empty body. */
    static Body empty() {
        return Empty.INSTANCE;
    }

    /** A body of the given bytes; the array is not copied and must not change afterwards. */
    static Body of(byte[] bytes) {
        return bytes.length == 0 ? Empty.INSTANCE : new Bytes(bytes, 0, bytes.length);
    }

    /** A streamed body of unknown length. */
    static Body stream(BodyWriter writer) {
        return new Stream(writer, -1);
    }

    /** A streamed body that will write exactly {@code length} bytes. */
    static Body stream(BodyWriter writer, long length) {
        return new Stream(writer, length);
    }

    /** The whole of a file. */
    static Body file(Path path, long length) {
        return new File(path, 0, length);
    }

    /** No body at all. */
    enum Empty implements Body {
        INSTANCE;

        @Override
        public long length() {
            return 0;
        }
    }

    /** {@code size} bytes of {@code bytes} from {@code offset}; the array is shared, not copied. */
    record Bytes(byte[] bytes, int offset, int size) implements Body {
        public Bytes {
            Objects.checkFromIndexSize(offset, size, bytes.length);
        }

        @Override
        public long length() {
            return size;
        }
    }

    /** A body the application writes itself; {@code length} is -1 when not known in advance. */
    record Stream(BodyWriter writer, long length) implements Body {
        public Stream {
            Objects.requireNonNull(writer, "writer");
            if (length < -1) {
                throw new IllegalArgumentException("length must be -1 (unknown) or >= 0, was " + length);
            }
        }
    }

    /** {@code length} bytes of the file at {@code path}, from {@code offset}. */
    record File(Path path, long offset, long length) implements Body {
        public File {
            Objects.requireNonNull(path, "path");
            if (offset < 0 || length < 0) {
                throw new IllegalArgumentException("offset and length must be >= 0, were " + offset + " and " + length);
            }
        }
    }
}
