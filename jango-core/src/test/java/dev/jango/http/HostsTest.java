package dev.jango.http;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.conf.CoreSettings.SECURE_PROXY_SSL_HEADER;
import static dev.jango.conf.CoreSettings.USE_X_FORWARDED_HOST;
import static dev.jango.conf.CoreSettings.USE_X_FORWARDED_PORT;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.conf.ProxySslHeader;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Host validation and proxy headers, as Django's ALLOWED_HOSTS and USE_X_FORWARDED_* work. */
class HostsTest {

    private static Jango.Builder app() {
        return Jango.builder(Map.of()).set(SECRET_KEY, "h").urls(path("where/", (request, kwargs) -> Response.text(
                request.scheme() + " " + request.host() + " " + request.port() + " " + request.buildAbsoluteUri("../up?x=1"))));
    }

    private static ClientResponse get(Jango app, String... headers) {
        try (Client client = new Client(app)) {
            return client.request("GET", "/where/").header(headers[0], headers[1]).send();
        }
    }

    @Test
    void allowed_hosts_accept_exact_names_subdomain_patterns_and_ports() {
        Jango s = app().set(ALLOWED_HOSTS, List.of("example.com", ".example.org")).build();
        assertThat(get(s, "Host", "example.com").status()).isEqualTo(200);
        assertThat(get(s, "Host", "EXAMPLE.com:8080").text()).startsWith("http EXAMPLE.com:8080 ");
        assertThat(get(s, "Host", "example.org").status()).isEqualTo(200);
        assertThat(get(s, "Host", "api.example.org").status()).isEqualTo(200);
        assertThat(get(s, "Host", "example.com.").status()).isEqualTo(200);
    }

    @Test
    void other_and_malformed_hosts_are_a_400_before_any_view() {
        Jango s = app().set(ALLOWED_HOSTS, List.of("example.com")).build();
        assertThat(get(s, "Host", "evil.com").status()).isEqualTo(400);
        assertThat(get(s, "Host", "example.com.evil.com").status()).isEqualTo(400);
        assertThat(get(s, "Host", "example.com@evil.com").status()).isEqualTo(400);
        assertThat(get(s, "Host", "exa mple.com").status()).isEqualTo(400);
        assertThat(get(s, "Host", "example.com:80:80").status()).isEqualTo(400);
        assertThat(get(s, "Host", "").status()).isEqualTo(400);
    }

    @Test
    void a_star_allows_any_host() {
        assertThat(get(app().set(ALLOWED_HOSTS, List.of("*"))
                .build(), "Host", "anything.test").status()).isEqualTo(200);
    }

    @Test
    void debug_with_no_allowed_hosts_allows_local_names_only() {
        Jango s = app().set(DEBUG, true).build();
        assertThat(get(s, "Host", "localhost:8000").status()).isEqualTo(200);
        assertThat(get(s, "Host", "app.localhost").status()).isEqualTo(200);
        assertThat(get(s, "Host", "127.0.0.1:8000").status()).isEqualTo(200);
        assertThat(get(s, "Host", "[::1]:8000").status()).isEqualTo(200);
        assertThat(get(s, "Host", "example.com").status()).isEqualTo(400);
    }

    @Test
    void no_allowed_hosts_with_debug_off_fails_at_startup() {
        assertThatThrownBy(() -> app().build()).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("JANGO_ALLOWED_HOSTS");
    }

    @Test
    void forwarded_headers_are_ignored_unless_configured() {
        Jango plain = app().set(ALLOWED_HOSTS, List.of("example.com")).build();
        ClientResponse ignored = get(plain, "X-Forwarded-Host", "evil.com");
        assertThat(ignored.status()).isEqualTo(400); // Host: testserver is not allowed; X-Forwarded-Host not trusted
        Jango proxied = app().set(ALLOWED_HOSTS, List.of("example.com")).set(USE_X_FORWARDED_HOST, true)
                .set(USE_X_FORWARDED_PORT, true)
                .set(SECURE_PROXY_SSL_HEADER, new ProxySslHeader("X-Forwarded-Proto", "https")).build();
        try (Client client = new Client(proxied)) {
            ClientResponse response = client.request("GET", "/where/").header("X-Forwarded-Host", "example.com, proxy")
                    .header("X-Forwarded-Port", "8443").header("X-Forwarded-Proto", "https").send();
            assertThat(response.text()).isEqualTo("https example.com 8443 https://example.com/up?x=1");
            assertThat(client.request("GET", "/where/").header("X-Forwarded-Host", "evil.com").send().status())
                    .isEqualTo(400);
        }
    }
}
