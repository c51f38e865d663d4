package dev.jango.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeUploadTest {

    private static final long SIZE = 50L * 1024 * 1024;

    @TempDir
    Path tempDir;

    @Test
    void a_50_mb_file_streams_to_disk_with_bounded_heap() throws IOException {
        String head = "--" + MultipartBody.BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"video\"; filename=\"clip.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n";
        String tail = "\r\n--" + MultipartBody.BOUNDARY + "--\r\n";
        CRC32 sent = new CRC32();
        InputStream content = new CheckedInputStream(new Pattern(SIZE), sent);
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(UTF_8)), content, new ByteArrayInputStream(tail.getBytes(UTF_8)))));
        UploadLimits limits = new UploadLimits(2_621_440, 1000, 100, 2_621_440, -1, tempDir);

        long before = allocatedBytes();
        FormData form = MultipartParser.parse(body, MultipartBody.create().contentType(), -1, limits);
        long allocated = allocatedBytes() - before;

        try (form) {
            UploadedFile video = form.files().get("video");
            assertThat(video.size()).isEqualTo(SIZE);
            assertThat(video.inMemory()).isFalse();
            Path file = video.temporaryFilePath().orElseThrow();
            assertThat(Files.size(file)).isEqualTo(SIZE);
            CRC32 stored = new CRC32();
            try (InputStream in = new CheckedInputStream(video.inputStream(), stored)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            assertThat(stored.getValue()).isEqualTo(sent.getValue());
            assertThat(allocated).as("bytes allocated while parsing 50 MB: bounded by the memory size, not the file")
                    .isLessThan(2 * limits.fileUploadMaxMemorySize());
        }
        assertThat(tempDir).isEmptyDirectory();
    }

    /**
     * The bytes this thread has allocated so far (HotSpot's {@code com.sun.management.ThreadMXBean}), read
     * reflectively because the test code is compiled inside {@code dev.jango.core}, which does not read the
     * management modules.
     */
    private static long allocatedBytes() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Method method = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
            return (long) method.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("this test needs HotSpot's per-thread allocation counter", e);
        }
    }

    /** {@code length} bytes of a pattern with CRs, LFs and dashes, generated without allocating. */
    private static final class Pattern extends InputStream {
        private static final byte[] CYCLE = "\r\n--abc\r-\n0123456789 ".getBytes(UTF_8);
        private long position;
        private final long length;

        Pattern(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return position < length ? CYCLE[(int) (position++ % CYCLE.length)] : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = CYCLE[(int) ((position + i) % CYCLE.length)];
            }
            position += n;
            return n;
        }
    }
}
