package dev.jango.http;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_MEMORY_SIZE;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON request bodies, and the small status helpers. */
class RequestJsonTest {

    record Vote(int choice, String voter) {}

    private final Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "j")
            .set(ALLOWED_HOSTS, List.of("testserver")).set(DATA_UPLOAD_MAX_MEMORY_SIZE, 1024L)
            .urls(
                    path("vote/", (request, kwargs) -> new JsonResponse(request.json(Vote.class))),
                    path("gone/", (request, kwargs) -> Response.gone()),
                    path("allow/", (request, kwargs) -> Response.notAllowed(List.of("GET", "POST"))),
                    path("same/", (request, kwargs) -> Response.notModified()),
                    path("teapot/", (request, kwargs) -> Response.text(418, "short and stout").reasonPhrase("Teapot")))
            .build());

    @Test
    void a_json_body_becomes_a_record() {
        ClientResponse response = client.request("POST", "/vote/").json("{\"choice\":2,\"voter\":\"ada\"}").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json(Vote.class)).isEqualTo(new Vote(2, "ada"));
    }

    @Test
    void malformed_json_is_a_400_saying_where() {
        ClientResponse response = client.request("POST", "/vote/").json("{\"choice\": 2,,}").send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(client.request("POST", "/vote/").json("").send().status()).isEqualTo(400);
        assertThat(client.request("POST", "/vote/").json("{\"choice\":2,\"voter\":\"a\",\"admin\":true}").send().status())
                .isEqualTo(400);
        assertThat(client.request("POST", "/vote/").json("{\"choice\":\"two\",\"voter\":\"a\"}").send().status())
                .isEqualTo(400);
        assertThat(client.request("POST", "/vote/").json("{\"choice\":2,\"voter\":\"a\"} trailing").send().status())
                .isEqualTo(400);
        assertThat(client.request("POST", "/vote/").json("[" .repeat(600)).send().status()).isEqualTo(400);
    }

    @Test
    void a_json_body_over_the_limit_is_a_413() {
        String big = "{\"choice\":1,\"voter\":\"" + "x".repeat(2000) + "\"}";
        assertThat(client.request("POST", "/vote/").json(big).send().status()).isEqualTo(413);
    }

    @Test
    void status_helpers_carry_what_their_status_needs() {
        assertThat(client.get("/gone/").status()).isEqualTo(410);
        ClientResponse allow = client.get("/allow/");
        assertThat(allow.status()).isEqualTo(405);
        assertThat(allow.header("Allow")).isEqualTo("GET, POST");
        assertThat(allow.content()).isEmpty(); // Django's HttpResponseNotAllowed: the Allow header says it all
        assertThat(allow.reasonPhrase()).isEqualTo("Method Not Allowed");
        assertThat(client.get("/teapot/").reasonPhrase()).isEqualTo("Teapot"); // the test client reports the view's own
        ClientResponse same = client.get("/same/");
        assertThat(same.status()).isEqualTo(304);
        assertThat(same.content()).isEmpty();
        assertThat(Response.gone().reasonPhrase()).isEqualTo("Gone");
    }
}
