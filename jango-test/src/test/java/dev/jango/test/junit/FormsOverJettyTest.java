package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Response;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Form bodies read from a real Jetty's stream (parsing itself: jango-core's FormsTest). */
class FormsOverJettyTest {

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(Map.of()).set(SECRET_KEY, "f")
            .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
            .urls(path("submit/", (request, kwargs) -> Response.text("fields=" + request.form().asMap()
                    + " files=" + request.files().size())))
            .build());

    @Test
    void a_multipart_form_is_read_over_jetty() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/submit/"))
                .header("Content-Type", "multipart/form-data; boundary=XYZ")
                .POST(HttpRequest.BodyPublishers.ofString("--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                        + "value\r\n--XYZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f.txt\"\r\n\r\n"
                        + "file body\r\n--XYZ--\r\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("fields={a=[value]} files=1");
    }

    @Test
    void a_broken_multipart_body_is_a_400_over_jetty() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/submit/"))
                .header("Content-Type", "multipart/form-data; boundary=XYZ")
                .POST(HttpRequest.BodyPublishers.ofString("--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        HttpResponse<String> missingBoundary = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/submit/"))
                .header("Content-Type", "multipart/form-data").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missingBoundary.statusCode()).isEqualTo(400);
    }
}
