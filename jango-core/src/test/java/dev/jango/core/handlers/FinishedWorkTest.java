package dev.jango.core.handlers;

import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.urls.Urls.path;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.gateway.Completion;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.http.Response;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The server is told when an exchange needs nothing done at its end, and still is when it does. */
class FinishedWorkTest {

    private static GatewayRequest request(String method, String path, String contentType, String body) {
        Headers headers = Headers.of("Host", "localhost");
        if (contentType != null) {
            headers.add("Content-Type", contentType);
            headers.add("Content-Length", Integer.toString(body.length()));
        }
        return new GatewayRequest(method, "http", "", path, "", "HTTP/1.1", headers,
                new ByteArrayInputStream(body.getBytes(UTF_8)), new InetSocketAddress("127.0.0.1", 50000),
                new InetSocketAddress("127.0.0.1", 8000));
    }

    private static Jango.Builder app() {
        return Jango.builder(Map.of()).set(DEBUG, true).urls(
                path("plain", (request, kwargs) -> Response.text("hi")),
                path("form", (request, kwargs) -> Response.text(request.form().get("a"))));
    }

    @Test
    void a_plain_get_with_no_listeners_needs_no_completion() {
        GatewayResponse response = app().build().call(request("GET", "/plain", null, ""));

        assertThat(response.completion()).isSameAs(Completion.NONE);
    }

    @Test
    void a_parsed_form_keeps_its_completion_so_its_files_are_removed() {
        GatewayResponse response = app().build()
                .call(request("POST", "/form", "application/x-www-form-urlencoded", "a=1"));

        assertThat(response.completion()).isNotSameAs(Completion.NONE);
        response.completion().completed(null);
    }

    @Test
    void request_finished_listeners_still_hear_of_every_exchange() {
        List<String> finished = new CopyOnWriteArrayList<>();
        GatewayResponse response = app()
                .onRequestFinished(event -> finished.add(event.request().path())).build()
                .call(request("GET", "/plain", null, ""));

        assertThat(response.completion()).isNotSameAs(Completion.NONE);
        response.completion().completed(null);
        assertThat(finished).containsExactly("/plain");
    }
}
