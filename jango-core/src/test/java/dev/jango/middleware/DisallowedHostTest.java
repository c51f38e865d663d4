package dev.jango.middleware;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A host not in allowedHosts fails where Django fails it: where it is first read, normally in CommonMiddleware. */
class DisallowedHostTest {

    private final List<String> trail = new CopyOnWriteArrayList<>();

    private Middleware outer() {
        return next -> request -> {
            trail.add("outer:request");
            Response response = next.handle(request);
            trail.add("outer:response " + response.status());
            return response;
        };
    }

    private Middleware readsHost() {
        return next -> request -> {
            trail.add("host " + request.host());
            return next.handle(request);
        };
    }

    private Jango app(Middleware... middleware) {
        return Jango.builder(Map.of()).set(SECRET_KEY, "hosts").set(ALLOWED_HOSTS, List.of("example.com"))
                .middleware(middleware)
                .urls(path("", (request, kwargs) -> {
                    trail.add("view");
                    return Response.text("home");
                }))
                .build();
    }

    private static ClientResponse get(Jango app, String host) {
        try (Client client = new Client(app)) {
            return client.request("GET", "/").header("Host", host).send();
        }
    }

    @Test
    void a_forged_host_is_a_400_from_common_middleware_that_goes_out_through_the_outer_layers() {
        Jango app = app(outer(), new SecurityMiddleware(), new CommonMiddleware(), readsHost());

        ClientResponse response = get(app, "evil.example");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("X-Content-Type-Options")).as("SecurityMiddleware's headers").isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(trail).containsExactly("outer:request", "outer:response 400");
    }

    @Test
    void an_allowed_host_goes_through_to_the_view() {
        Jango app = app(outer(), new SecurityMiddleware(), new CommonMiddleware(), readsHost());

        assertThat(get(app, "example.com").status()).isEqualTo(200);
        assertThat(trail).containsExactly("outer:request", "host example.com", "view", "outer:response 200");
    }

    @Test
    void without_common_middleware_a_layer_reading_the_host_never_gets_the_forged_value() {
        Jango app = app(outer(), readsHost());

        ClientResponse response = get(app, "evil.example");

        assertThat(response.status()).isEqualTo(400);
        assertThat(trail).containsExactly("outer:request", "outer:response 400");
    }

    @Test
    void a_request_that_never_reads_the_host_is_answered_as_in_django() {
        Jango app = app(outer());

        assertThat(get(app, "evil.example").status()).isEqualTo(200);
    }

    @Test
    void build_absolute_uri_refuses_a_forged_host_too() {
        Jango app = Jango.builder(Map.of()).set(SECRET_KEY, "hosts").set(ALLOWED_HOSTS, List.of("example.com"))
                .urls(path("", (request, kwargs) -> Response.text(request.buildAbsoluteUri("/next/"))))
                .build();

        assertThat(get(app, "evil.example").status()).isEqualTo(400);
        assertThat(get(app, "example.com").text()).isEqualTo("http://example.com/next/");
    }
}
