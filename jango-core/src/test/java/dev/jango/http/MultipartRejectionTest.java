package dev.jango.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.core.exceptions.BadRequest;
import dev.jango.core.exceptions.RequestDataTooBig;
import dev.jango.core.exceptions.TooManyFieldsSent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed bodies and passed limits: always a 4xx of the right type, never a temporary file left behind. */
class MultipartRejectionTest {

    private static final String TYPE = MultipartBody.create().contentType();

    @TempDir
    Path tempDir;

    /** Every file goes to disk, so that a failure after a file part shows whether cleanup ran. */
    private UploadLimits limits() {
        return new UploadLimits(2_621_440, 1000, 100, 0, -1, tempDir);
    }

    private MultipartBody withAFileOnDisk() {
        return MultipartBody.create().file("first", "first.bin", "application/octet-stream", new byte[5000]);
    }

    private void parse(byte[] bytes, UploadLimits limits) {
        MultipartParser.parse(new ByteArrayInputStream(bytes), TYPE, -1, limits).close();
    }

    @AfterEach
    void no_temporary_file_is_left() throws IOException {
        try (Stream<Path> files = Files.list(tempDir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void a_missing_or_invalid_boundary_is_a_bad_request() {
        InputStream body = new ByteArrayInputStream(new byte[0]);
        for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; "
                + "boundary=\"\"", "multipart/form-data; boundary=\"ends with space \"",
                "multipart/form-data; boundary=caf\u00e9", "multipart/form-data; boundary=a\u0001b",
                "multipart/form-data; boundary=" + "x".repeat(201), "text/plain; boundary=abc")) {
            assertThatThrownBy(() -> MultipartParser.parse(body, type, -1, limits())).as(type)
                    .isExactlyInstanceOf(BadRequest.class);
        }
        assertThatThrownBy(() -> MultipartParser.parse(body, null, -1, limits())).isExactlyInstanceOf(BadRequest.class);
    }

    @Test
    void a_body_that_is_not_multipart_is_a_bad_request() {
        assertThatThrownBy(() -> parse("just some garbage, no boundary anywhere".getBytes(UTF_8), limits()))
                .isExactlyInstanceOf(BadRequest.class).hasMessageContaining("ended before the expected boundary");
        assertThatThrownBy(() -> parse(new byte[0], limits())).isExactlyInstanceOf(BadRequest.class);
        byte[] garbage = new byte[200_000];
        new Random(3).nextBytes(garbage);
        assertThatThrownBy(() -> parse(garbage, limits())).isExactlyInstanceOf(BadRequest.class);
    }

    @Test
    void a_body_without_its_final_boundary_is_a_bad_request() {
        byte[] unfinished = withAFileOnDisk().field("a", "1").unfinished();
        assertThatThrownBy(() -> parse(unfinished, limits())).isExactlyInstanceOf(BadRequest.class)
                .hasMessageContaining("ended");
        byte[] noDashes = withAFileOnDisk().raw("--" + MultipartBody.BOUNDARY).unfinished();
        assertThatThrownBy(() -> parse(noDashes, limits())).isExactlyInstanceOf(BadRequest.class)
                .hasMessageContaining("final boundary");
    }

    @Test
    void every_truncation_of_a_valid_body_is_a_bad_request() {
        byte[] whole = withAFileOnDisk().field("a", "1").file("b", "b.txt", "text/plain", "bee".getBytes(UTF_8))
                .bytes();
        int lastBoundaryEnd = whole.length - 2;
        for (int cut = 0; cut < lastBoundaryEnd; cut += cut < 200 || cut > whole.length - 300 ? 1 : 97) {
            byte[] truncated = java.util.Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> parse(truncated, limits())).as("cut at %d", cut)
                    .isExactlyInstanceOf(BadRequest.class);
        }
    }

    @Test
    void a_boundary_followed_by_anything_but_crlf_or_dashes_is_a_bad_request() {
        byte[] bytes = withAFileOnDisk().raw("--" + MultipartBody.BOUNDARY + "X\r\n").unfinished();
        assertThatThrownBy(() -> parse(bytes, limits())).isExactlyInstanceOf(BadRequest.class)
                .hasMessageContaining("boundary line");
    }

    @Test
    void a_part_without_content_disposition_or_name_is_a_bad_request() {
        for (String headers : List.of("Content-Type: text/plain", "Content-Disposition: attachment; name=\"a\"",
                "Content-Disposition: form-data; filename=\"a.txt\"", "Content-Disposition form-data; name=\"a\"")) {
            byte[] bytes = withAFileOnDisk().part(headers, "x".getBytes(UTF_8)).bytes();
            assertThatThrownBy(() -> parse(bytes, limits())).as(headers).isExactlyInstanceOf(BadRequest.class);
        }
        byte[] noHeaders = withAFileOnDisk().raw("--" + MultipartBody.BOUNDARY + "\r\n\r\nx\r\n").bytes();
        assertThatThrownBy(() -> parse(noHeaders, limits())).isExactlyInstanceOf(BadRequest.class)
                .hasMessageContaining("Content-Disposition");
    }

    @Test
    void part_headers_over_8_kib_are_a_bad_request() {
        String huge = "Content-Disposition: form-data; name=\"a\"\r\nX-Padding: " + "p".repeat(9000);
        byte[] bytes = withAFileOnDisk().part(huge, "x".getBytes(UTF_8)).bytes();
        assertThatThrownBy(() -> parse(bytes, limits())).isExactlyInstanceOf(BadRequest.class)
                .hasMessageContaining("8192 bytes");
        byte[] endless = withAFileOnDisk().raw("--" + MultipartBody.BOUNDARY + "\r\n" + "h".repeat(100_000)).bytes();
        assertThatThrownBy(() -> parse(endless, limits())).isExactlyInstanceOf(BadRequest.class);
    }

    @Test
    void a_client_that_goes_away_is_a_bad_request() {
        byte[] start = withAFileOnDisk().raw("--" + MultipartBody.BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"f\"; filename=\"f.bin\"\r\n\r\npartial").unfinished();
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset by peer");
            }
        };
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(start), failing);
        assertThatThrownBy(() -> MultipartParser.parse(body, TYPE, -1, limits()).close())
                .isExactlyInstanceOf(BadRequest.class).hasMessageContaining("Connection reset by peer");
        InputStream unchecked = new SequenceInputStream(new ByteArrayInputStream(start), new InputStream() {
            @Override
            public int read() {
                throw new java.io.UncheckedIOException(new IOException("stream closed"));
            }
        });
        assertThatThrownBy(() -> MultipartParser.parse(unchecked, TYPE, -1, limits()).close())
                .isExactlyInstanceOf(BadRequest.class);
    }

    @Test
    void bad_base64_is_a_bad_request() {
        byte[] bytes = withAFileOnDisk().part("Content-Disposition: form-data; name=\"t\"\r\n"
                + "Content-Transfer-Encoding: base64", "QQ=Q".getBytes(UTF_8)).bytes();
        assertThatThrownBy(() -> parse(bytes, limits())).isExactlyInstanceOf(BadRequest.class);
    }

    @Test
    void more_fields_than_allowed_are_too_many_fields() {
        UploadLimits three = new UploadLimits(2_621_440, 3, 100, 0, -1, tempDir);
        MultipartBody body = withAFileOnDisk().field("a", "1").field("b", "2").field("c", "3");
        parse(body.bytes(), three);
        byte[] four = body.field("d", "4").bytes();
        assertThatThrownBy(() -> parse(four, three)).isExactlyInstanceOf(TooManyFieldsSent.class)
                .hasMessageContaining("dataUploadMaxNumberFields (3)");
        parse(four, new UploadLimits(2_621_440, -1, 100, 0, -1, tempDir));
    }

    @Test
    void more_files_than_allowed_are_too_many_fields() {
        UploadLimits two = new UploadLimits(2_621_440, 1000, 2, 0, -1, tempDir);
        MultipartBody body = withAFileOnDisk().file("f", "", "application/octet-stream", new byte[0]);
        parse(body.bytes(), two);
        byte[] three = body.file("g", "g.txt", "text/plain", new byte[1]).bytes();
        assertThatThrownBy(() -> parse(three, two)).isExactlyInstanceOf(TooManyFieldsSent.class)
                .hasMessageContaining("dataUploadMaxNumberFiles (2)");
    }

    @Test
    void text_fields_over_the_data_memory_size_are_too_big_but_files_do_not_count() {
        UploadLimits limits = new UploadLimits(100, 1000, 100, 0, -1, tempDir);
        // Django counts name + value + 2 for "&=": 1 + 97 + 2 = 100 fits, one more byte does not.
        parse(withAFileOnDisk().field("a", "v".repeat(97)).bytes(), limits);
        byte[] over = withAFileOnDisk().field("a", "v".repeat(98)).bytes();
        assertThatThrownBy(() -> parse(over, limits)).isExactlyInstanceOf(RequestDataTooBig.class)
                .hasMessageContaining("dataUploadMaxMemorySize (100 bytes");
        byte[] summed = withAFileOnDisk().field("a", "v".repeat(47)).field("b", "v".repeat(48)).bytes();
        assertThatThrownBy(() -> parse(summed, limits)).isExactlyInstanceOf(RequestDataTooBig.class);
        byte[] endless = withAFileOnDisk().raw("--" + MultipartBody.BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"a\"\r\n\r\n").unfinished();
        InputStream neverEnds = new SequenceInputStream(new ByteArrayInputStream(endless), new Generated(1L << 40));
        assertThatThrownBy(() -> MultipartParser.parse(neverEnds, TYPE, -1, limits))
                .isExactlyInstanceOf(RequestDataTooBig.class);
    }

    @Test
    void a_body_over_the_total_upload_size_is_too_big_declared_or_streamed() {
        UploadLimits capped = new UploadLimits(2_621_440, 1000, 100, 0, 50_000, tempDir);
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a declared length over the cap is refused before reading");
            }
        };
        assertThatThrownBy(() -> MultipartParser.parse(unread, TYPE, 50_001, capped))
                .isExactlyInstanceOf(RequestDataTooBig.class).hasMessageContaining("maxUploadSize (50000 bytes)");
        byte[] bytes = withAFileOnDisk().file("big", "big.bin", "application/octet-stream", new byte[60_000]).bytes();
        assertThatThrownBy(() -> parse(bytes, capped)).isExactlyInstanceOf(RequestDataTooBig.class);
        assertThatThrownBy(() -> MultipartParser.parse(new ByteArrayInputStream(bytes), TYPE, 1000, capped))
                .as("a Content-Length that understates the body does not lift the cap")
                .isExactlyInstanceOf(RequestDataTooBig.class);
    }

    /** An endless-ish stream of 'a' bytes that allocates nothing per read. */
    static final class Generated extends InputStream {
        private long left;

        Generated(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            return left-- > 0 ? 'a' : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            left -= n;
            return n;
        }
    }
}
