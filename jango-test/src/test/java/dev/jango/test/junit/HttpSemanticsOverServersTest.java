package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.InMemoryUserStore;
import dev.jango.contrib.auth.LogoutView;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.http.Redirect;
import dev.jango.http.Response;
import dev.jango.middleware.CommonMiddleware;
import dev.jango.middleware.SecurityMiddleware;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Django's request/response semantics look like on the wire, on each adapter (Jetty and Netty): the bytes of
 * Location fields, status lines, and a forged host's 400 (in-process: jango-core's AuthTest, ResponsesTest,
 * DisallowedHostTest).
 */
class HttpSemanticsOverServersTest {

    private static Jango app() {
        PasswordHashers hashers = PasswordHashers.forTests();
        return Jango.builder(Map.of()).set(SECRET_KEY, "wire").set(ALLOWED_HOSTS, List.of("127.0.0.1"))
                .middleware(new SecurityMiddleware(), new CommonMiddleware(), SessionMiddleware.builder().build(),
                        AuthenticationMiddleware.builder().users(new InMemoryUserStore(hashers)).hashers(hashers)
                                .build())
                .urls(path("go/", (request, kwargs) -> Redirect.to(request.query().get("to"))),
                        path("accounts/logout/", new LogoutView()),
                        path("tea/", (request, kwargs) -> Response.text(418, "short and stout")
                                .reasonPhrase("Short And Stout")),
                        path("odd/", (request, kwargs) -> Response.text(299, "?")))
                .build();
    }

    /** The whole response to {@code request}, one byte per char, read until the server closes. */
    private static String exchange(String server, String request) throws IOException {
        LiveServer live = new LiveServer(HttpSemanticsOverServersTest::app, Map.of("JANGO_SERVER", server));
        live.beforeAll(null);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), live.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), ISO_8859_1);
        } finally {
            live.afterAll(null);
        }
    }

    private static String get(String server, String target, String host) throws IOException {
        return exchange(server, "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jetty", "netty"})
    void a_location_outside_ascii_goes_out_as_utf8_escapes(String server) throws IOException {
        String response = get(server, "/go/?to=/caf%C3%A9/%E2%82%AC", "127.0.0.1");

        assertThat(response).startsWith("HTTP/1.1 302 Found\r\n").contains("\r\nLocation: /caf%C3%A9/%E2%82%AC\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jetty", "netty"})
    void logging_out_with_a_next_holding_cr_lf_is_a_redirect_with_the_line_break_escaped(String server)
            throws IOException {
        String form = "next=/polls/%0D%0ASet-Cookie:+stolen=1";
        String response = exchange(server, "POST /accounts/logout/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n" + form);

        assertThat(response).startsWith("HTTP/1.1 302 Found\r\n")
                .contains("\r\nLocation: /polls/%0D%0ASet-Cookie:%20stolen=1\r\n")
                .doesNotContain("\r\nSet-Cookie: stolen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jetty", "netty"})
    void the_status_line_carries_the_views_reason_phrase_or_the_standard_one(String server) throws IOException {
        assertThat(get(server, "/tea/", "127.0.0.1")).startsWith("HTTP/1.1 418 Short And Stout\r\n");
        assertThat(get(server, "/odd/", "127.0.0.1")).startsWith("HTTP/1.1 299 Unknown Status Code\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jetty", "netty"})
    void a_forged_host_gets_a_400_with_the_security_headers(String server) throws IOException {
        String response = get(server, "/tea/", "evil.example");

        assertThat(response).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("\r\nX-Content-Type-Options: nosniff\r\n");
    }
}
