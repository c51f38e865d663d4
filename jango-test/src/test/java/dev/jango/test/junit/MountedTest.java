package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.server.jetty.JettyServer;
import dev.jango.urls.Urls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An application mounted under a prefix: script name, path info, reverse and absolute URIs honour it. */
class MountedTest {

    static JettyServer server;

    @BeforeAll
    static void start() {
        server = JettyServer.builder(Jango.builder(Map.of()).set(SECRET_KEY, "m")
                .set(ALLOWED_HOSTS, List.of("127.0.0.1"))
                .urls(path("items/<int:id>/", (request, kwargs) -> Response.text(request.scriptName() + " | "
                        + request.pathInfo() + " | " + request.path() + " | " + Urls.reverse("item", kwargs.getInt("id"))
                        + " | " + request.buildAbsoluteUri()), "item"))
                .build()).port(0).scriptName("/shop").banner(line -> {}).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_prefix_is_the_script_name_and_routing_sees_the_rest() throws Exception {
        HttpResponse<String> response = get("/shop/items/7/?x=1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("/shop | /items/7/ | /shop/items/7/ | /shop/items/7/ | http://127.0.0.1:"
                + server.port() + "/shop/items/7/?x=1");
    }

    @Test
    void paths_outside_the_prefix_are_not_found() throws Exception {
        assertThat(get("/items/7/").statusCode()).isEqualTo(404);
        assertThat(get("/shopping/items/7/").statusCode()).isEqualTo(404);
    }
}
