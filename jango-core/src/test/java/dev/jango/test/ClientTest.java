package dev.jango.test;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayLintError;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.CommonMiddleware;
import dev.jango.middleware.GZipMiddleware;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientTest {

    record Greeting(String message, int count) {}

    private final Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "client-tests")
            .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1")).middleware(new CommonMiddleware()).urls(
            path("echo/", (request, kwargs) -> Response.text(request.method() + " " + request.fullPath()
                    + " q=" + request.query().getList("q") + " body=" + request.bodyText()
                    + " type=" + request.header("Content-Type") + " scheme=" + request.scheme()
                    + " cookie=" + request.header("Cookie"))),
            path("path/<str:name>/", (request, kwargs) -> Response.text(kwargs.getString("name"))),
            path("login/", (request, kwargs) -> Response.text("in")
                    .addHeader("Set-Cookie", "sessionid=abc; Path=/; HttpOnly")
                    .addHeader("Set-Cookie", "secret=s; Path=/; Secure")),
            path("logout/", (request, kwargs) -> Response.text("out")
                    .addHeader("Set-Cookie", "sessionid=\"\"; Max-Age=0; Path=/")),
            path("go/", (request, kwargs) -> Response.empty(302).header("Location", "/echo/?q=redirected")),
            path("keep/", (request, kwargs) -> Response.empty(307).header("Location", "/echo/")),
            path("loop/", (request, kwargs) -> Response.empty(302).header("Location", "/loop/")),
            path("away/", (request, kwargs) -> Response.empty(302).header("Location", "https://example.com/")),
            path("json/", (request, kwargs) -> new Response(200,
                    "{\"message\":\"hi\",\"count\":2}".getBytes(), "application/json")))
            .build());

    @Test
    void sends_method_query_headers_and_body() {
        ClientResponse response = client.request("PUT", "/echo/").query("q", "a b").query("q", "é")
                .json("{\"x\":1}").send();
        assertThat(response.text()).isEqualTo(
                "PUT /echo/?q=a+b&q=%C3%A9 q=[a b, é] body={\"x\":1} type=application/json scheme=http cookie=null");
    }

    @Test
    void posts_forms_urlencoded() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("choice", "2");
        form.put("note", "a&b=c");
        assertThat(client.post("/echo/", form).text())
                .contains("body=choice=2&note=a%26b%3Dc").contains("type=application/x-www-form-urlencoded");
    }

    @Test
    void encodes_non_ascii_paths_and_keeps_existing_escapes() {
        assertThat(client.get("/path/café/").text()).isEqualTo("café");
        assertThat(client.get("/path/a%20b/").text()).isEqualTo("a b");
    }

    @Test
    void keeps_cookies_across_requests_and_drops_expired_ones() {
        client.get("/login/");
        assertThat(client.cookies()).containsEntry("sessionid", "abc");
        assertThat(client.get("/echo/").text()).contains("cookie=sessionid=abc").doesNotContain("secret");
        assertThat(client.request("GET", "/echo/").secure(true).send().text())
                .contains("cookie=sessionid=abc; secret=s").contains("scheme=https");
        client.get("/logout/");
        assertThat(client.cookies()).doesNotContainKey("sessionid");
    }

    @Test
    void does_not_follow_redirects_unless_asked() {
        ClientResponse response = client.get("/go/");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/echo/?q=redirected");
    }

    @Test
    void follows_redirects_recording_the_chain() {
        ClientResponse response = client.followRedirects(true).post("/go/", "data", "text/plain");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).startsWith("GET /echo/?q=redirected");
        assertThat(response.redirectChain()).containsExactly(new ClientResponse.Redirect(302, "/echo/?q=redirected"));
    }

    @Test
    void a_307_redirect_keeps_method_and_body() {
        ClientResponse response = client.followRedirects(true).post("/keep/", "data", "text/plain");
        assertThat(response.text()).startsWith("POST /echo/").contains("body=data");
    }

    @Test
    void a_redirect_loop_fails_the_test_instead_of_hanging() {
        assertThatThrownBy(() -> client.followRedirects(true).get("/loop/"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("loop");
    }

    @Test
    void a_redirect_out_of_the_application_is_returned_not_followed() {
        assertThat(client.followRedirects(true).get("/away/").status()).isEqualTo(302);
    }

    @Test
    void parses_json_bodies() {
        ClientResponse response = client.get("/json/");
        assertThat(response.json().get("message").asString()).isEqualTo("hi");
        assertThat(response.json(Greeting.class)).isEqualTo(new Greeting("hi", 2));
        assertThatThrownBy(() -> client.get("/echo/").json()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("not the JSON expected");
    }

    @Test
    void an_application_breaking_the_gateway_contract_fails_the_test() {
        Client raw = new Client(request -> GatewayResponse.of(204, new Headers(), Body.of(new byte[] {1})));
        assertThatThrownBy(() -> raw.get("/")).isInstanceOf(GatewayLintError.class)
                .hasMessageContaining("response.no-body");
    }

    @Test
    void the_settings_and_middleware_of_the_application_under_test_are_at_hand() {
        assertThat(client.settings().get(SECRET_KEY)).isEqualTo("client-tests");
        assertThat(client.middleware(CommonMiddleware.class)).isPresent();
        assertThat(client.middleware(GZipMiddleware.class)).isEmpty();
        Jango app = Jango.builder(Map.of()).set(DEBUG, true).build();
        assertThat(new Client(app.handler()).settings()).as("a client of the handler itself")
                .isSameAs(app.settings());
    }

    @Test
    void an_offline_request_is_a_get_of_the_root_with_the_clients_host_cookies_and_the_apps_settings() {
        client.cookie("theme", "dark");
        Request request = client.host("127.0.0.1").offlineRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/");
        assertThat(request.host()).isEqualTo("127.0.0.1");
        assertThat(request.cookies()).containsEntry("theme", "dark");
        assertThat(request.settings()).isSameAs(client.settings());
    }

    @Test
    void helpers_that_need_the_application_say_so_for_a_plain_gateway_application() {
        Client raw = new Client(request -> GatewayResponse.of(200, new Headers(), Body.of(new byte[0])));
        assertThat(raw.get("/").status()).isEqualTo(200);
        assertThatThrownBy(raw::settings).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a Client made from a Jango application");
        assertThatThrownBy(() -> raw.middleware(CommonMiddleware.class)).isInstanceOf(IllegalStateException.class);
    }
}
