package dev.jango.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartParserTest {

    @TempDir
    Path tempDir;

    private UploadLimits limits() {
        return new UploadLimits(2_621_440, 1000, 100, 2_621_440, -1, tempDir);
    }

    private FormData parse(MultipartBody body) {
        byte[] bytes = body.bytes();
        return MultipartParser.parse(new ByteArrayInputStream(bytes), body.contentType(), bytes.length, limits());
    }

    /** Binary content with CRLFs, lone CRs, dashes and prefixes of the delimiter inside. */
    private static byte[] trickyContent() {
        String boundary = MultipartBody.BOUNDARY;
        byte[] random = new byte[10_000];
        new Random(42).nextBytes(random);
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("\r\n\r\n--\r\nx--" + boundary + " not at a line start\r").getBytes(UTF_8));
        out.writeBytes(random);
        out.writeBytes(("\r\n--" + boundary.substring(0, boundary.length() - 1) + "X\r\n").getBytes(UTF_8));
        out.writeBytes(("\r\n-" + boundary + "\r\n").getBytes(UTF_8));
        out.writeBytes(new byte[] {0, (byte) 0xff, '\r', '\r', '\n'});
        out.writeBytes(("\r\n--" + boundary.substring(0, 10)).getBytes(UTF_8));
        return out.toByteArray();
    }

    @Test
    void fields_and_files_round_trip_in_order() throws IOException {
        byte[] content = trickyContent();
        try (FormData form = parse(MultipartBody.create()
                .field("title", "Hello, world")
                .file("doc", "report.bin", "application/octet-stream", content)
                .field("title", "second")
                .field("empty", "")
                .file("doc", "notes.txt", "text/plain; charset=utf-8", "line 1\r\nline 2\r\n".getBytes(UTF_8)))) {
            assertThat(form.fields().getList("title")).containsExactly("Hello, world", "second");
            assertThat(form.fields().get("empty")).isEmpty();
            assertThat(form.fields().keys()).containsExactly("title", "empty");
            assertThat(form.files().getList("doc")).extracting(UploadedFile::name)
                    .containsExactly("report.bin", "notes.txt");
            UploadedFile report = form.files().getList("doc").getFirst();
            assertThat(report.bytes()).isEqualTo(content);
            assertThat(report.size()).isEqualTo(content.length);
            assertThat(report.contentType()).isEqualTo("application/octet-stream");
            assertThat(report.inMemory()).isTrue();
            UploadedFile notes = form.files().get("doc");
            assertThat(notes.contentType()).isEqualTo("text/plain");
            assertThat(notes.charset()).isEqualTo("utf-8");
            assertThat(new String(notes.bytes(), UTF_8)).isEqualTo("line 1\r\nline 2\r\n");
            assertThat(notes.fieldName()).isEqualTo("doc");
        }
    }

    @Test
    void the_same_body_parses_the_same_whatever_the_read_sizes() throws IOException {
        byte[] content = trickyContent();
        MultipartBody body = MultipartBody.create().field("a", "x\r\ny").file("f", "f.bin", "image/png", content)
                .field("b", "--" + MultipartBody.BOUNDARY);
        byte[] bytes = body.bytes();
        for (int chunk : new int[] {1, 2, 3, 7, 41, 4096, 65_537}) {
            try (FormData form = MultipartParser.parse(MultipartBody.trickle(bytes, chunk), body.contentType(), -1,
                    limits())) {
                assertThat(form.fields().get("a")).as("chunk %d", chunk).isEqualTo("x\r\ny");
                assertThat(form.fields().get("b")).isEqualTo("--" + MultipartBody.BOUNDARY);
                assertThat(form.files().get("f").bytes()).isEqualTo(content);
            }
        }
    }

    @Test
    void a_file_over_the_memory_size_goes_to_a_temp_file_that_close_deletes() throws IOException {
        byte[] content = new byte[100_000];
        new Random(7).nextBytes(content);
        UploadLimits small = new UploadLimits(2_621_440, 1000, 100, 10_000, -1, tempDir);
        MultipartBody body = MultipartBody.create().file("big", "big.bin", "application/octet-stream", content)
                .file("small", "small.txt", "text/plain", "tiny".getBytes(UTF_8));
        byte[] bytes = body.bytes();
        FormData form = MultipartParser.parse(new ByteArrayInputStream(bytes), body.contentType(), -1, small);
        UploadedFile big = form.files().get("big");
        assertThat(big.inMemory()).isFalse();
        Path file = big.temporaryFilePath().orElseThrow();
        assertThat(file.getParent()).isEqualTo(tempDir);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(big.bytes()).isEqualTo(content);
        assertThat(form.files().get("small").inMemory()).isTrue();

        form.close();
        form.close();

        assertThat(file).doesNotExist();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void files_share_one_memory_budget_so_many_small_files_cannot_fill_the_heap() {
        UploadLimits limits = new UploadLimits(2_621_440, 1000, 100, 1000, -1, tempDir);
        MultipartBody body = MultipartBody.create();
        for (int i = 0; i < 5; i++) {
            body.file("f", "f" + i + ".bin", "application/octet-stream", new byte[400]);
        }
        byte[] bytes = body.bytes();
        try (FormData form = MultipartParser.parse(new ByteArrayInputStream(bytes), body.contentType(), -1, limits)) {
            assertThat(form.files().getList("f")).extracting(UploadedFile::inMemory)
                    .containsExactly(true, true, false, false, false);
        }
    }

    @Test
    void a_zero_memory_size_sends_every_file_to_disk() {
        UploadLimits limits = new UploadLimits(2_621_440, 1000, 100, 0, -1, tempDir);
        MultipartBody body = MultipartBody.create().file("f", "a.txt", "text/plain", "a".getBytes(UTF_8))
                .file("g", "empty.txt", "text/plain", new byte[0]);
        byte[] bytes = body.bytes();
        try (FormData form = MultipartParser.parse(new ByteArrayInputStream(bytes), body.contentType(), -1, limits)) {
            assertThat(form.files().get("f").inMemory()).isFalse();
            assertThat(form.files().get("g").inMemory()).isTrue();
            assertThat(form.files().get("g").size()).isZero();
        }
    }

    @Test
    void file_names_are_made_safe() {
        try (FormData form = parse(MultipartBody.create()
                .file("a", "../../etc/passwd", "text/plain", new byte[1])
                .file("b", "C:\\x\\evil.exe", "application/octet-stream", new byte[1])
                .file("c", "C:\\\\x\\\\escaped.exe", "application/octet-stream", new byte[1])
                .file("d", "na\u0000me\u202E.txt", "text/plain", new byte[1])
                .file("e", "résumé 履歴書.pdf", "application/pdf", new byte[1])
                .file("f", ".htaccess", "text/plain", new byte[1]))) {
            assertThat(form.files().all()).extracting(UploadedFile::name)
                    .containsExactly("passwd", "evil.exe", "escaped.exe", "name.txt", "résumé 履歴書.pdf", "htaccess");
        }
    }

    @Test
    void a_file_input_left_empty_is_dropped_and_an_unsafe_only_name_too() {
        try (FormData form = parse(MultipartBody.create()
                .file("avatar", "", "application/octet-stream", new byte[0])
                .file("dots", "..", "application/octet-stream", "x".getBytes(UTF_8))
                .field("kept", "yes"))) {
            assertThat(form.files().isEmpty()).isTrue();
            assertThat(form.fields().get("kept")).isEqualTo("yes");
            assertThat(form.fields().contains("avatar")).isFalse();
        }
    }

    @Test
    void filename_star_is_decoded_and_wins_over_filename() {
        try (FormData form = parse(MultipartBody.create()
                .part("Content-Disposition: form-data; name=\"f\"; filename=\"EUR rates.txt\"; "
                        + "filename*=UTF-8''%E2%82%AC%20rates.txt", "1".getBytes(UTF_8))
                .part("Content-Disposition: form-data; name=\"g\"; filename*=iso-8859-1'en'%A3%20rates.txt",
                        "2".getBytes(UTF_8)))) {
            assertThat(form.files().get("f").name()).isEqualTo("€ rates.txt");
            assertThat(form.files().get("g").name()).isEqualTo("£ rates.txt");
        }
    }

    @Test
    void header_names_and_parameters_are_case_insensitive_and_quotes_unescaped() {
        try (FormData form = parse(MultipartBody.create()
                .part("content-DISPOSITION:FORM-DATA;NAME=\"say \\\"hi\\\"\"", "hi".getBytes(UTF_8))
                .part("Content-Disposition: form-data; name=plain", "token".getBytes(UTF_8))
                .part("Content-Disposition: form-data;\r\n name=\"folded\"", "ok".getBytes(UTF_8)))) {
            assertThat(form.fields().get("say \"hi\"")).isEqualTo("hi");
            assertThat(form.fields().get("plain")).isEqualTo("token");
            assertThat(form.fields().get("folded")).isEqualTo("ok");
        }
    }

    @Test
    void text_fields_use_the_charset_of_the_part_else_of_the_request_else_utf8() {
        MultipartBody body = MultipartBody.create()
                .part("Content-Disposition: form-data; name=\"latin\"\r\nContent-Type: text/plain; charset=ISO-8859-1",
                        "caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .field("utf", "café ☕")
                .part("Content-Disposition: form-data; name=\"bad\"", new byte[] {'a', (byte) 0xff});
        try (FormData form = parse(body)) {
            assertThat(form.fields().get("latin")).isEqualTo("café");
            assertThat(form.fields().get("utf")).isEqualTo("café ☕");
            assertThat(form.fields().get("bad")).isEqualTo("a\uFFFD");
        }
        byte[] bytes = MultipartBody.create().part("Content-Disposition: form-data; name=\"x\"",
                "\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).bytes();
        try (FormData form = MultipartParser.parse(new ByteArrayInputStream(bytes),
                MultipartBody.create().contentType() + "; charset=iso-8859-1", -1, limits())) {
            assertThat(form.fields().get("x")).isEqualTo("é");
        }
    }

    @Test
    void base64_transfer_encoding_is_decoded() throws IOException {
        try (FormData form = parse(MultipartBody.create()
                .part("Content-Disposition: form-data; name=\"t\"\r\nContent-Transfer-Encoding: base64",
                        "aGVsbG8g\r\nd29ybGQ=".getBytes(UTF_8))
                .part("Content-Disposition: form-data; name=\"f\"; filename=\"b.bin\"\r\n"
                        + "Content-Transfer-Encoding: BASE64", "AAEC/w==".getBytes(UTF_8)))) {
            assertThat(form.fields().get("t")).isEqualTo("hello world");
            assertThat(form.files().get("f").bytes()).containsExactly(0, 1, 2, 0xff);
        }
    }

    @Test
    void a_preamble_an_epilogue_padding_and_a_quoted_boundary_are_accepted() {
        String boundary = "simple boundary";
        byte[] bytes = ("This is the preamble.\r\n--" + boundary + "  \r\n"
                + "Content-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--" + boundary + "--"
                + "\r\nThis is the epilogue, with --" + boundary + " in it.").getBytes(UTF_8);
        try (FormData form = MultipartParser.parse(new ByteArrayInputStream(bytes),
                "Multipart/Form-Data; charset=utf-8; boundary=\"" + boundary + "\"", bytes.length, limits())) {
            assertThat(form.fields().get("a")).isEqualTo("1");
        }
    }

    @Test
    void a_body_without_parts_or_content_gives_an_empty_form() {
        byte[] bytes = ("--" + MultipartBody.BOUNDARY + "--").getBytes(UTF_8);
        String type = MultipartBody.create().contentType();
        try (FormData form = MultipartParser.parse(new ByteArrayInputStream(bytes), type, -1, limits())) {
            assertThat(form.fields().isEmpty()).isTrue();
            assertThat(form.files().isEmpty()).isTrue();
        }
        InputStream never = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a declared empty body is not read");
            }
        };
        assertThat(MultipartParser.parse(never, type, 0, limits()).fields().isEmpty()).isTrue();
    }

    @Test
    void reading_stops_at_the_final_boundary() throws IOException {
        byte[] bytes = MultipartBody.create().field("a", "1").bytes();
        InputStream body = new java.io.SequenceInputStream(new ByteArrayInputStream(bytes),
                new ByteArrayInputStream("epilogue".getBytes(UTF_8)));
        try (FormData form = MultipartParser.parse(body, MultipartBody.create().contentType(), -1, limits())) {
            assertThat(form.fields().get("a")).isEqualTo("1");
        }
        assertThat(body.readAllBytes()).isNotEmpty();
    }

    private java.util.List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(tempDir)) {
            return files.toList();
        }
    }
}
