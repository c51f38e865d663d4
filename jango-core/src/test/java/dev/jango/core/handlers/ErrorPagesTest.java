package dev.jango.core.handlers;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.conf.Setting;
import dev.jango.core.exceptions.DisallowedHost;
import dev.jango.core.exceptions.Http404;
import dev.jango.core.exceptions.PermissionDenied;
import dev.jango.core.exceptions.TooManyFieldsSent;
import dev.jango.http.Response;
import dev.jango.middleware.RequestIdMiddleware;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error responses: status by type, debug pages, the application's handlers, JSON for JSON clients. */
class ErrorPagesTest {

    /** Secret by its name, as Django's debug page judges settings. */
    static final Setting<String> DATABASE_PASSWORD = Setting.string("errorPagesTest.databasePassword", "");
    /** Secret by its declaration, whatever its name. */
    static final Setting<String> DSN = Setting.string("errorPagesTest.dsn", "").secret();
    static final Setting<Integer> PAGE_SIZE = Setting.integer("errorPagesTest.pageSize", 10);

    private static Jango.Builder app(boolean debug) {
        return Jango.builder(Map.of()).set(DEBUG, debug).set(SECRET_KEY, "s3cr3t-k3y-value")
                .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                .set(DATABASE_PASSWORD, "hunter2").set(DSN, "postgres://admin:letmein@db/polls").set(PAGE_SIZE, 20)
                .urls(
                        path("", (request, kwargs) -> Response.text("home"), "home"),
                        include("polls/", List.of(path("<int:id>/", (request, kwargs) -> {
                            throw new Http404("No question " + kwargs.get("id"));
                        }, "detail")), "polls"),
                        path("boom/", (request, kwargs) -> {
                            throw new IllegalStateException("outer <b>failure</b>",
                                    new IllegalArgumentException("inner cause"));
                        }, "boom"),
                        path("host/", (request, kwargs) -> {
                            throw new DisallowedHost("Invalid HTTP_HOST header: 'evil.example'");
                        }),
                        path("fields/", (request, kwargs) -> {
                            throw new TooManyFieldsSent("too many");
                        }),
                        path("denied/", (request, kwargs) -> {
                            throw new PermissionDenied("staff only");
                        }));
    }

    @Test
    void debug_404_lists_the_patterns_tried_with_names_and_namespaces() {
        try (Client client = new Client(app(true).build())) {
            ClientResponse response = client.get("/nowhere/<script>/");
            assertThat(response.status()).isEqualTo(404);
            String page = response.text();
            assertThat(page).contains("Page not found (404)")
                    .contains("(empty route: the site root)</code> [name='home']")
                    .contains("<code>polls/&lt;int:id&gt;/</code> [name='polls:detail'] [namespace='polls']")
                    .contains("<code>boom/</code> [name='boom']")
                    .contains("nowhere/&lt;script&gt;/").doesNotContain("<script>");
            assertThat(page.indexOf("[name='home']")).isLessThan(page.indexOf("[name='polls:detail']"));
        }
    }

    @Test
    void debug_404_raised_by_a_view_names_the_view_and_message() {
        try (Client client = new Client(app(true).build())) {
            String page = client.get("/polls/7/").text();
            assertThat(page).contains("No question 7").contains("polls:detail");
        }
    }

    @Test
    void debug_500_shows_the_chain_frames_request_and_masked_settings() {
        try (Client client = new Client(app(true).build())) {
            ClientResponse response = client.request("POST", "/boom/?q=1")
                    .header("Cookie", "sessionid=abcdef; theme=dark")
                    .header("Authorization", "Bearer tok-123")
                    .header("X-Visible", "shown")
                    .body("name=ada&api_token=zzz".getBytes(), "application/x-www-form-urlencoded").send();
            assertThat(response.status()).isEqualTo(500);
            String page = response.text();
            assertThat(page).contains("java.lang.IllegalStateException at /boom/")
                    .contains("outer &lt;b&gt;failure&lt;/b&gt;").doesNotContain("<b>failure")
                    .contains("Caused by:").contains("inner cause")
                    .contains("at dev.jango")
                    .contains("X-Visible").contains("shown")
                    .contains("errorPagesTest.pageSize").contains("20")
                    .contains("name").contains("ada");
            assertThat(page).doesNotContain("s3cr3t-k3y-value").doesNotContain("hunter2").doesNotContain("letmein")
                    .doesNotContain("tok-123").doesNotContain("abcdef").doesNotContain("zzz")
                    .contains("********************");
        }
    }

    @Test
    void with_debug_off_error_pages_leak_nothing() {
        try (Client client = new Client(app(false).build())) {
            ClientResponse boom = client.get("/boom/");
            assertThat(boom.status()).isEqualTo(500);
            assertThat(boom.text()).contains("Server Error").doesNotContain("failure").doesNotContain("at dev.jango");
            ClientResponse missing = client.get("/polls/7/");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.text()).doesNotContain("No question").doesNotContain("polls/");
        }
    }

    @Test
    void suspicious_operations_are_400() {
        try (Client client = new Client(app(false).build())) {
            assertThat(client.get("/host/").status()).isEqualTo(400);
            assertThat(client.get("/fields/").status()).isEqualTo(400);
            assertThat(client.get("/denied/").status()).isEqualTo(403);
        }
    }

    @Test
    void clients_that_prefer_json_get_problem_details() {
        try (Client client = new Client(app(false).build())) {
            ClientResponse response = client.request("GET", "/nowhere/").header("Accept", "application/json").send();
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(404);
            assertThat(response.json().get("title").asString()).isEqualTo("Not Found");
            assertThat(response.json().has("detail")).isFalse();

            ClientResponse browser = client.request("GET", "/nowhere/")
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").send();
            assertThat(browser.header("Content-Type")).startsWith("text/html");
            ClientResponse tie = client.request("GET", "/nowhere/").header("Accept", "*/*").send();
            assertThat(tie.header("Content-Type")).startsWith("text/html");
            ClientResponse refusesHtml = client.request("GET", "/boom/")
                    .header("Accept", "text/html;q=0.1, application/problem+json").send();
            assertThat(refusesHtml.json().get("status").asInt()).isEqualTo(500);
        }
    }

    @Test
    void with_debug_on_json_problems_carry_the_detail() {
        try (Client client = new Client(app(true).build())) {
            ClientResponse response = client.request("GET", "/polls/9/").header("Accept", "application/json").send();
            assertThat(response.json().get("detail").asString()).isEqualTo("No question 9");
        }
    }

    @Test
    void the_applications_handlers_answer_errors() {
        Jango s = app(false)
                .handler404((request, e) -> Response.text(404, "custom 404 for " + request.path()))
                .handler403((request, e) -> Response.text(403, "custom 403: " + e.getMessage()))
                .handler500((request, e) -> Response.text(500, "custom 500"))
                .handler400((request, e) -> Response.text(400, "custom 400"))
                .build();
        try (Client client = new Client(s)) {
            assertThat(client.get("/nowhere/").text()).isEqualTo("custom 404 for /nowhere/");
            assertThat(client.get("/denied/").text()).isEqualTo("custom 403: staff only");
            assertThat(client.get("/boom/").text()).isEqualTo("custom 500");
            assertThat(client.get("/host/").text()).isEqualTo("custom 400");
        }
    }

    @Test
    void a_handler_that_fails_falls_back_to_the_built_in_page() {
        Jango s = app(false).handler404((request, e) -> {
            throw new IllegalStateException("handler bug");
        }).handler500((request, e) -> null).build();
        try (Client client = new Client(s)) {
            ClientResponse response = client.get("/nowhere/");
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text()).contains("Not Found").doesNotContain("handler bug");
            assertThat(client.get("/boom/").text()).contains("Server Error");
        }
    }

    @Test
    void with_debug_off_the_built_in_pages_show_the_request_id_the_response_carries() {
        try (Client client = new Client(app(false).middleware(List.of(new RequestIdMiddleware())).build())) {
            ClientResponse boom = client.get("/boom/");
            assertThat(boom.status()).isEqualTo(500);
            String id = boom.header("X-Request-Id");
            assertThat(id).isNotBlank();
            assertThat(boom.text()).contains("Server Error", "<p>Request id: <code>" + id + "</code></p>")
                    .doesNotContain("failure");

            ClientResponse missing = client.get("/polls/7/");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.text()).contains("Not Found",
                    "<p>Request id: <code>" + missing.header("X-Request-Id") + "</code></p>");
            assertThat(missing.header("X-Request-Id")).isNotEqualTo(id);

            ClientResponse unrouted = client.get("/nowhere/");
            assertThat(unrouted.status()).isEqualTo(404);
            assertThat(unrouted.text()).contains("<code>" + unrouted.header("X-Request-Id") + "</code>");
            assertThat(client.get("/denied/").text()).contains("Request id: <code>");
        }
    }

    @Test
    void a_trusted_incoming_request_id_is_shown_escaped_and_only_when_sane() {
        try (Client client = new Client(app(false).middleware(List.of(new RequestIdMiddleware(true))).build())) {
            ClientResponse proxied = client.request("GET", "/boom/").header("X-Request-Id", "edge-42.a:b").send();
            assertThat(proxied.text()).contains("<p>Request id: <code>edge-42.a:b</code></p>");
            ClientResponse hostile = client.request("GET", "/boom/").header("X-Request-Id", "<script>").send();
            assertThat(hostile.text()).doesNotContain("<script>")
                    .contains("<code>" + hostile.header("X-Request-Id") + "</code>");
        }
    }

    @Test
    void json_problems_carry_the_request_id() {
        try (Client client = new Client(app(false).middleware(List.of(new RequestIdMiddleware())).build())) {
            ClientResponse boom = client.request("GET", "/boom/").header("Accept", "application/json").send();
            assertThat(boom.status()).isEqualTo(500);
            assertThat(boom.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(boom.json().get("requestId").asString()).isEqualTo(boom.header("X-Request-Id"));
            assertThat(boom.json().has("detail")).isFalse();
            ClientResponse missing = client.request("GET", "/nowhere/").header("Accept", "application/json").send();
            assertThat(missing.json().get("requestId").asString()).isEqualTo(missing.header("X-Request-Id"));
        }
        try (Client client = new Client(app(true).middleware(List.of(new RequestIdMiddleware())).build())) {
            ClientResponse debugJson = client.request("GET", "/polls/9/").header("Accept", "application/json").send();
            assertThat(debugJson.json().get("detail").asString()).isEqualTo("No question 9");
            assertThat(debugJson.json().get("requestId").asString()).isEqualTo(debugJson.header("X-Request-Id"));
        }
    }

    @Test
    void without_the_request_id_middleware_no_id_is_shown() {
        try (Client client = new Client(app(false).middleware(List.of()).build())) {
            ClientResponse boom = client.get("/boom/");
            assertThat(boom.status()).isEqualTo(500);
            assertThat(boom.header("X-Request-Id")).isNull();
            assertThat(boom.text()).contains("Server Error").doesNotContain("Request id");
            assertThat(client.get("/nowhere/").text()).doesNotContain("Request id");
            ClientResponse json = client.request("GET", "/boom/").header("Accept", "application/json").send();
            assertThat(json.json().has("requestId")).isFalse();
        }
    }

    @Test
    void the_applications_own_handlers_are_left_alone() {
        Jango s = app(false).middleware(List.of(new RequestIdMiddleware()))
                .handler500((request, e) -> Response.text(500, "custom 500")).build();
        try (Client client = new Client(s)) {
            ClientResponse boom = client.get("/boom/");
            assertThat(boom.text()).isEqualTo("custom 500");
            assertThat(boom.header("X-Request-Id")).isNotBlank();
        }
    }
}
