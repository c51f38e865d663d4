package dev.jango.http;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cookies and signed cookies through the whole cycle. */
class CookieRoundTripTest {

    private final Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "cookie-secret")
            .set(ALLOWED_HOSTS, List.of("testserver"))
            .urls(
                    path("set/", (request, kwargs) -> Response.text("set")
                            .setCookie(Cookie.builder("theme", "dark").httpOnly(true).build())
                            .setCookie(Cookie.builder("theme", "light").build())
                            .setSignedCookie(request, Cookie.builder("uid", "42").build(), "auth")),
                    path("read/", (request, kwargs) -> Response.text(request.cookies().get("theme") + " "
                            + request.signedCookie("uid", "auth", Duration.ofHours(1)).orElse("none") + " "
                            + request.signedCookie("uid", "other-salt", null).orElse("none"))),
                    path("forget/", (request, kwargs) -> Response.text("bye").deleteCookie("theme")))
            .build());

    @Test
    void cookies_set_by_a_view_come_back_and_the_last_set_wins() {
        ClientResponse set = client.get("/set/");
        assertThat(set.headers().getAll("Set-Cookie")).hasSize(2).anyMatch(v -> v.startsWith("theme=light;"));
        assertThat(client.get("/read/").text()).isEqualTo("light 42 none");
    }

    @Test
    void a_tampered_signed_cookie_reads_as_absent() {
        client.get("/set/");
        String signed = client.cookies().get("uid");
        client.cookie("uid", signed.replace("42:", "43:"));
        assertThat(client.get("/read/").text()).isEqualTo("light none none");
    }

    @Test
    void junk_cookie_headers_do_not_break_the_request() {
        ClientResponse response = client.request("GET", "/read/")
                .header("Cookie", "=;;; theme=\"blue\"; ==x; uid").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).startsWith("blue ");
    }

    @Test
    void deleting_a_cookie_expires_it_in_the_client() {
        client.get("/set/");
        client.get("/forget/");
        assertThat(client.cookies()).doesNotContainKey("theme").containsKey("uid");
    }
}
