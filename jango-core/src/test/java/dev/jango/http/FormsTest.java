package dev.jango.http;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_NUMBER_FIELDS;
import static dev.jango.conf.CoreSettings.FILE_UPLOAD_MAX_MEMORY_SIZE;
import static dev.jango.conf.CoreSettings.FILE_UPLOAD_TEMP_DIR;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.test.FileUpload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forms and uploads through the cycle: fields, files, limits, temporary files removed after the response. */
class FormsTest {

    @TempDir
    static Path uploads;
    static final CopyOnWriteArrayList<Path> spilled = new CopyOnWriteArrayList<>();

    static Jango app() {
        return Jango.builder(Map.of()).set(SECRET_KEY, "f").set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                .set(FILE_UPLOAD_MAX_MEMORY_SIZE, 1024L).set(FILE_UPLOAD_TEMP_DIR, uploads)
                .set(DATA_UPLOAD_MAX_NUMBER_FIELDS, 20)
                .urls(path("submit/", (request, kwargs) -> {
                    StringBuilder out = new StringBuilder("fields=" + request.form().asMap());
                    for (UploadedFile file : request.files()) {
                        file.temporaryFilePath().ifPresent(spilled::add);
                        out.append(" file=").append(file.fieldName()).append(':').append(file.name()).append(':')
                                .append(file.size()).append(':').append(file.inMemory() ? "memory" : "disk");
                    }
                    return Response.text(out.toString());
                }), path("query/", (request, kwargs) -> Response.text("q=" + request.query().size())))
                .build();
    }

    private final Client client = new Client(app());

    @Test
    void urlencoded_fields_are_parsed() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("choice", "2");
        form.put("note", "café & co");
        assertThat(client.post("/submit/", form).text()).isEqualTo("fields={choice=[2], note=[café & co]}");
    }

    @Test
    void multipart_files_spill_to_disk_and_are_deleted_after_the_response() throws Exception {
        spilled.clear();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("title", "report");
        parts.put("small", new FileUpload("a.txt", "text/plain", "tiny".getBytes()));
        parts.put("big", new FileUpload("../../etc/passwd", "application/octet-stream", new byte[5000]));
        ClientResponse response = client.request("POST", "/submit/").multipart(parts).send();
        assertThat(response.text()).isEqualTo("fields={title=[report]} file=small:a.txt:4:memory file=big:passwd:5000:disk");
        assertThat(spilled).hasSize(1);
        assertThat(spilled.getFirst()).doesNotExist();
        try (var left = Files.list(uploads)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void too_many_fields_in_a_form_or_query_is_a_400() {
        String many = IntStream.range(0, 25).mapToObj(i -> "f" + i + "=x").collect(Collectors.joining("&"));
        assertThat(client.post("/submit/", many, "application/x-www-form-urlencoded").status()).isEqualTo(400);
        assertThat(client.get("/query/?" + many).status()).isEqualTo(400);
        assertThat(client.get("/query/?a=1&b=2").text()).isEqualTo("q=2");
    }

    @Test
    void a_broken_multipart_body_is_a_400() {
        ClientResponse truncated = client.post("/submit/",
                "--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue", "multipart/form-data; boundary=XYZ");
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(client.post("/submit/", "x", "multipart/form-data").status()).isEqualTo(400);
    }
}
