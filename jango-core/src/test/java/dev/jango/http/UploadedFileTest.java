package dev.jango.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedFileTest {

    @TempDir
    Path dir;

    @Test
    void safe_names_keep_only_the_last_path_segment() {
        assertThat(UploadedFile.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedFile.safeName("C:\\x\\evil.exe")).isEqualTo("evil.exe");
        assertThat(UploadedFile.safeName("/abs/mixed\\path/to\\file.txt")).isEqualTo("file.txt");
        assertThat(UploadedFile.safeName("dir/")).isEmpty();
    }

    @Test
    void safe_names_drop_control_format_and_separator_characters() {
        assertThat(UploadedFile.safeName("evil.php\u0000.jpg")).isEqualTo("evil.php.jpg");
        assertThat(UploadedFile.safeName("a\r\nb\tc\u007f.txt")).isEqualTo("abc.txt");
        assertThat(UploadedFile.safeName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(UploadedFile.safeName("a\u00a0b\u2028c.txt")).isEqualTo("abc.txt");
        assertThat(UploadedFile.safeName("bad\uD800surrogate.txt")).isEqualTo("badsurrogate.txt");
    }

    @Test
    void safe_names_keep_unicode_and_inner_spaces() {
        assertThat(UploadedFile.safeName("résumé 履歴書 😀.pdf")).isEqualTo("résumé 履歴書 😀.pdf");
    }

    @Test
    void safe_names_lose_leading_dots_and_trailing_dots_and_spaces() {
        assertThat(UploadedFile.safeName(".htaccess")).isEqualTo("htaccess");
        assertThat(UploadedFile.safeName("..")).isEmpty();
        assertThat(UploadedFile.safeName(" . .hidden")).isEqualTo("hidden");
        assertThat(UploadedFile.safeName("shell.php. . ")).isEqualTo("shell.php");
        assertThat(UploadedFile.safeName("")).isEmpty();
    }

    @Test
    void long_safe_names_are_cut_to_255_utf8_bytes_keeping_the_extension() {
        String cut = UploadedFile.safeName("a".repeat(300) + ".tar.gz");
        assertThat(cut).hasSize(255).endsWith("a.gz");
        String wide = UploadedFile.safeName("😀".repeat(100) + ".png");
        assertThat(wide.getBytes(UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(wide).endsWith("😀.png").doesNotContain("\uFFFD");
        assertThat(new String(wide.getBytes(UTF_8), UTF_8)).as("no lone surrogate").isEqualTo(wide);
        String longExtension = UploadedFile.safeName("x." + "e".repeat(400));
        assertThat(longExtension.getBytes(UTF_8)).hasSize(255);
    }

    @Test
    void an_upload_in_memory_reads_and_transfers() throws IOException {
        byte[] content = "hello\r\n".getBytes(UTF_8);
        UploadedFile file = UploadedFile.ofBytes("doc", "../x/hello.txt", "text/plain", "utf-8", content);
        assertThat(file.name()).isEqualTo("hello.txt");
        assertThat(file.inMemory()).isTrue();
        assertThat(file.temporaryFilePath()).isEmpty();
        assertThat(file.size()).isEqualTo(7);
        byte[] copy = file.bytes();
        copy[0] = 'J';
        assertThat(file.bytes()).isEqualTo(content);
        try (InputStream in = file.inputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        Path target = dir.resolve("saved.txt");
        Files.writeString(target, "old and longer content");
        file.transferTo(target);
        assertThat(Files.readAllBytes(target)).isEqualTo(content);
        assertThat(file.toString()).contains("doc", "hello.txt", "in memory");
    }

    @Test
    void an_upload_on_disk_is_copied_and_stays_readable() throws IOException {
        Path temp = Files.write(dir.resolve("upload.part"), new byte[] {1, 2, 3});
        UploadedFile file = UploadedFile.ofFile("f", "data.bin", null, null, temp, 3);
        assertThat(file.contentType()).isEqualTo("application/octet-stream");
        assertThat(file.inMemory()).isFalse();
        assertThat(file.temporaryFilePath()).contains(temp);
        file.transferTo(dir.resolve("copy.bin"));
        assertThat(Files.readAllBytes(dir.resolve("copy.bin"))).containsExactly(1, 2, 3);
        assertThat(file.bytes()).containsExactly(1, 2, 3);
        Files.delete(temp);
        assertThatThrownBy(file::inputStream).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> file.transferTo(dir.resolve("missing/dir/x"))).isInstanceOf(IOException.class);
    }

    @Test
    void uploaded_files_is_an_ordered_multimap_whose_get_returns_the_last() {
        UploadedFile a1 = UploadedFile.ofBytes("a", "1.txt", "text/plain", null, new byte[0]);
        UploadedFile b = UploadedFile.ofBytes("b", "b.txt", "text/plain", null, new byte[0]);
        UploadedFile a2 = UploadedFile.ofBytes("a", "2.txt", "text/plain", null, new byte[0]);
        UploadedFiles files = UploadedFiles.of(List.of(a1, b, a2));
        assertThat(files.get("a")).isSameAs(a2);
        assertThat(files.getList("a")).containsExactly(a1, a2);
        assertThat(files.get("missing")).isNull();
        assertThat(files.getList("missing")).isEmpty();
        assertThat(files.contains("b")).isTrue();
        assertThat(files.keys()).containsExactly("a", "b");
        assertThat(files.asMap()).containsOnlyKeys("a", "b");
        assertThat(files.asMap().get("a")).containsExactly(a1, a2);
        assertThat(files).containsExactly(a1, b, a2);
        assertThat(files.size()).isEqualTo(3);
        assertThat(UploadedFiles.empty().isEmpty()).isTrue();
    }
}
