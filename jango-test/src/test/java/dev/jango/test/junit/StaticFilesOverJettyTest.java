package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.http.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile paths sent raw to a real Jetty never reach a file (the whole suite in-process: jango-core's StaticFilesTest). */
class StaticFilesOverJettyTest {

    static final String SECRET = "TOP-SECRET-CONTENT";

    static Jango app() {
        try {
            Path base = Files.createTempDirectory("jango-static-jetty-test");
            Path root = Files.createDirectories(base.resolve("static"));
            Files.writeString(root.resolve("app.js"), "console.log('hi');");
            Files.writeString(root.resolve(".env"), SECRET);
            Files.writeString(base.resolve("outside.txt"), SECRET);
            Files.createSymbolicLink(root.resolve("leak.txt"), base.resolve("outside.txt"));
            StaticFiles statics = StaticFiles.builder().directory(root).build();
            return Jango.builder(Map.of()).set(SECRET_KEY, "s").set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                    .middleware(MiddlewareStack.defaults().install(statics.app()).toList())
                    .urls(path("", (request, kwargs) -> Response.text("home"))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RegisterExtension
    static LiveServer server = new LiveServer(StaticFilesOverJettyTest::app);

    private static String get(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void a_plain_static_file_is_served_over_jetty() throws Exception {
        assertThat(get("/static/app.js")).startsWith("HTTP/1.1 200 ").endsWith("console.log('hi');");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../outside.txt", "/static/%2e%2e/outside.txt", "/static/..%2foutside.txt",
        "/static/..%5coutside.txt", "/static/leak.txt", "/static/.env", "/static/%00", "/static/%c0%ae%c0%ae/outside.txt",
        "/static/..;/outside.txt", "/static/.%2e/outside.txt"})
    void hostile_paths_over_jetty_never_reach_a_file(String path) throws Exception {
        String response = get(path);
        assertThat(response).as(path).matches("(?s)HTTP/1\\.1 40[04] .*");
        assertThat(response).as(path).doesNotContain(SECRET);
    }
}
