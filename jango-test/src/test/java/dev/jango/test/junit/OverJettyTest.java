package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.urls.Urls;
import dev.jango.views.Kwargs;
import dev.jango.views.MethodView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cycle's semantics hold the same over a real Jetty as in-process. */
class OverJettyTest {

    static final class Item extends MethodView {
        @Override
        protected Response get(Request request, Kwargs kwargs) {
            return Response.text("item " + kwargs.getInt("id") + " at " + Urls.reverse("shop:item", kwargs.getInt("id")));
        }
    }

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(Map.of()).set(DEBUG, true)
            .urls(include("shop/", List.of(path("items/<int:id>/", new Item(), "item")), "shop"))
            .build());

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_view_reverses_its_own_namespaced_url() throws Exception {
        assertThat(send("GET", "/shop/items/5/").body()).isEqualTo("item 5 at /shop/items/5/");
    }

    @Test
    void head_sends_the_get_headers_without_a_body() throws Exception {
        HttpResponse<String> response = send("HEAD", "/shop/items/5/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).hasValue("24");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void unsupported_methods_get_405_with_allow() throws Exception {
        HttpResponse<String> response = send("DELETE", "/shop/items/5/");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(send("OPTIONS", "/shop/items/5/").headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    }

    @Test
    void json_clients_get_problem_details_and_browsers_the_debug_page() throws Exception {
        HttpResponse<String> json = send("GET", "/nowhere/", "Accept", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.body()).contains("\"status\":404");
        HttpResponse<String> html = send("GET", "/nowhere/", "Accept", "text/html");
        assertThat(html.body()).contains("shop/items/&lt;int:id&gt;/").contains("[name='shop:item']");
    }

    @Test
    void a_malformed_path_is_a_400_over_the_wire() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/shop/%C3%28/"))
                .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
    }
}
