package dev.jango.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.core.exceptions.BadRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormDataTest {

    @TempDir
    Path tempDir;

    private static Supplier<InputStream> body(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    @Test
    void urlencoded_and_multipart_bodies_are_parsed_by_content_type() {
        byte[] urlencoded = "a=1&b=2".getBytes(UTF_8);
        try (FormData form = FormData.parse("Application/X-WWW-Form-Urlencoded; charset=utf-8", urlencoded.length,
                body(urlencoded), UploadLimits.defaults())) {
            assertThat(form.fields().get("b")).isEqualTo("2");
            assertThat(form.files().isEmpty()).isTrue();
        }
        MultipartBody multipart = MultipartBody.create().field("a", "1")
                .file("f", "f.txt", "text/plain", "x".getBytes(UTF_8));
        UploadLimits limits = new UploadLimits(2_621_440, 1000, 100, 2_621_440, -1, tempDir);
        try (FormData form = FormData.parse(multipart.contentType(), -1, body(multipart.bytes()), limits)) {
            assertThat(form.fields().get("a")).isEqualTo("1");
            assertThat(form.files().get("f").name()).isEqualTo("f.txt");
            assertThat(form.toString()).contains("a", "f.txt");
        }
    }

    @Test
    void other_content_types_give_an_empty_form_without_touching_the_body() {
        Supplier<InputStream> untouched = () -> {
            throw new AssertionError("the body is not read for a non-form content type");
        };
        for (String type : new String[] {null, "", "application/json", "multipart/mixed; boundary=x", "text/plain"}) {
            FormData form = FormData.parse(type, 10, untouched, UploadLimits.defaults());
            assertThat(form.fields().isEmpty()).as(type).isTrue();
            assertThat(form.files().isEmpty()).isTrue();
        }
    }

    @Test
    void a_multipart_content_type_without_a_boundary_is_a_bad_request() {
        assertThatThrownBy(() -> FormData.parse("multipart/form-data", 3, body(new byte[3]), UploadLimits.defaults()))
                .isExactlyInstanceOf(BadRequest.class).hasMessageContaining("boundary");
    }

    @Test
    void limits_default_like_django_and_refuse_a_negative_file_memory_size() {
        UploadLimits limits = UploadLimits.defaults();
        assertThat(limits.dataUploadMaxMemorySize()).isEqualTo(2_621_440);
        assertThat(limits.dataUploadMaxNumberFields()).isEqualTo(1000);
        assertThat(limits.dataUploadMaxNumberFiles()).isEqualTo(100);
        assertThat(limits.fileUploadMaxMemorySize()).isEqualTo(2_621_440);
        assertThat(limits.maxUploadSize()).isEqualTo(-1);
        assertThat(limits.fileUploadTempDir()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThatThrownBy(() -> new UploadLimits(1, 1, 1, -1, -1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fileUploadMaxMemorySize");
    }
}
