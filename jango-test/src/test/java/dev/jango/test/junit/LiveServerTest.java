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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LiveServerTest {

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(java.util.Map.of()).set(SECRET_KEY, "live")
            .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
            .middleware(next -> request -> next.handle(request).header("X-Thread",
                    Thread.currentThread().isVirtual() ? "virtual" : "platform"))
            .urls(path("hello/<str:name>/", (request, kwargs) -> Response.text("Hello, " + kwargs.get("name"))))
            .build());

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void serves_the_whole_cycle_over_a_real_socket_on_a_virtual_thread() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/hello/caf%C3%A9/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Hello, café");
        assertThat(response.headers().firstValue("X-Thread")).hasValue("virtual");
        assertThat(server.port()).isPositive();
    }

    @Test
    void unknown_paths_are_404_over_the_wire() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/nope/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
