package dev.jango.contrib.staticfiles;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.gateway.Application;
import dev.jango.http.Response;
import dev.jango.middleware.Middleware;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Static files: hashed URLs, caching, precompressed siblings, ranges, and a traversal suite (raw over Jetty too:
 * jango-test's StaticFilesOverJettyTest).
 */
class StaticFilesTest {

    static final String CSS = "body { color: #333; }\n".repeat(20);
    static final String SECRET = "TOP-SECRET-CONTENT";

    static Path base;
    static StaticFiles statics;
    static Application app;

    /** The files and the app, made once. */
    static synchronized Application app() {
        if (app == null) {
            try {
                files();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return app;
    }

    static void files() throws Exception {
        base = Files.createTempDirectory("jango-static-test");
        Path root = Files.createDirectories(base.resolve("static"));
        Files.createDirectories(root.resolve("css"));
        Files.writeString(root.resolve("css/site.css"), CSS);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(root.resolve("css/site.css.gz")))) {
            out.write(CSS.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(root.resolve("css/site.css.br"), "pretend-brotli");
        Files.writeString(root.resolve("app.js"), "console.log('hi');");
        Files.writeString(root.resolve(".env"), SECRET);
        Files.writeString(base.resolve("outside.txt"), SECRET);
        Files.createSymbolicLink(root.resolve("leak.txt"), base.resolve("outside.txt"));
        statics = StaticFiles.builder().directory(root).build();
        List<Middleware> stack = MiddlewareStack.defaults().install(statics.app()).toList();
        assertThat(stack.get(2)).as("right after security").isInstanceOf(StaticFilesMiddleware.class);
        app = Jango.builder(Map.of()).set(SECRET_KEY, "s").set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                .middleware(stack).urls(path("", (request, kwargs) -> Response.text("home"))).build();
    }

    private final Client client = new Client(app());

    @Test
    void static_text_files_keep_a_utf8_charset_compressed_or_not() {
        ClientResponse plain = client.get(statics.url("app.js"));
        ClientResponse gzipped = client.request("GET", statics.url("css/site.css")).header("Accept-Encoding", "gzip")
                .send();

        assertThat(plain.header("Content-Type")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.header("Content-Type")).isEqualTo("text/css; charset=utf-8");
    }

    @Test
    void urls_use_content_hashed_names_and_unknown_names_fail_loudly() {
        assertThat(statics.url("css/site.css")).matches("/static/css/site\\.[0-9a-f]{12}\\.css");
        assertThat(statics.url("/app.js")).matches("/static/app\\.[0-9a-f]{12}\\.js");
        assertThat(statics.names()).containsExactlyInAnyOrder("css/site.css", "app.js");
        assertThatThrownBy(() -> statics.url("nope.css")).hasMessageContaining("Missing static file 'nope.css'");
        assertThat(StaticFiles.builder().directory(base.resolve("static")).hashedNames(false).build().url("app.js"))
                .isEqualTo("/static/app.js");
    }

    @Test
    void hashed_names_are_cached_for_a_year_and_plain_names_briefly() {
        ClientResponse hashed = client.get(statics.url("css/site.css"));
        assertThat(hashed.status()).isEqualTo(200);
        assertThat(hashed.text()).isEqualTo(CSS);
        assertThat(hashed.header("Content-Type")).startsWith("text/css");
        assertThat(hashed.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(hashed.header("ETag")).matches("\"[0-9a-f]{32}\"");
        assertThat(hashed.header("Last-Modified")).isNotNull();
        ClientResponse plain = client.get("/static/css/site.css");
        assertThat(plain.header("Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(client.get("/").text()).isEqualTo("home");
    }

    @Test
    void conditional_requests_get_304() {
        String etag = client.get("/static/app.js").header("ETag");
        ClientResponse again = client.request("GET", "/static/app.js").header("If-None-Match", etag).send();
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.content()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
    }

    @Test
    void precompressed_siblings_are_chosen_by_accept_encoding_but_not_for_ranges() throws Exception {
        ClientResponse br = client.request("GET", "/static/css/site.css").header("Accept-Encoding", "gzip, br").send();
        assertThat(br.header("Content-Encoding")).isEqualTo("br");
        assertThat(br.text()).isEqualTo("pretend-brotli");
        assertThat(br.header("Content-Type")).startsWith("text/css");
        assertThat(br.header("Vary")).contains("Accept-Encoding");
        ClientResponse gz = client.request("GET", "/static/css/site.css")
                .header("Accept-Encoding", "gzip, br;q=0").send();
        assertThat(gz.header("Content-Encoding")).isEqualTo("gzip");
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.content()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CSS);
        }
        assertThat(gz.header("ETag")).isNotEqualTo(br.header("ETag"));
        ClientResponse range = client.request("GET", "/static/css/site.css").header("Accept-Encoding", "gzip, br")
                .header("Range", "bytes=0-3").send();
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.header("Content-Encoding")).isNull();
        assertThat(range.text()).isEqualTo("body");
    }

    @Test
    void only_get_and_head() {
        assertThat(client.head("/static/app.js").status()).isEqualTo(200);
        ClientResponse post = client.post("/static/app.js", Map.of());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(post.content()).isEmpty(); // as WhiteNoise answers: no error page for a file
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../outside.txt", "/static/%2e%2e/outside.txt", "/static/%2E%2E%2Foutside.txt",
        "/static/..%2foutside.txt", "/static/..%5coutside.txt", "/static/css/..%5c..%5coutside.txt",
        "/static/leak.txt", "/static/.env", "/static/%2eenv", "/static/css/", "/static/css", "/static//etc/passwd",
        "/static/%00", "/static/app.js%00.css", "/static/C:/Windows/win.ini", "/static/%c0%ae%c0%ae/outside.txt",
        "/static/css/site.css.gz", "/static/./app.js", "/static/css/../../outside.txt", "/static/\\..\\outside.txt"})
    void hostile_paths_never_reach_a_file(String path) {
        ClientResponse response = client.get(path);
        assertThat(response.status()).as(path).isIn(400, 404);
        assertThat(response.text()).as(path).doesNotContain(SECRET);
    }

    @Test
    void collect_writes_both_names_and_the_manifest(@TempDir Path target) throws Exception {
        statics.collect(target);
        String hashed = statics.url("css/site.css").substring("/static/".length());
        assertThat(target.resolve("css/site.css")).hasContent(CSS);
        assertThat(target.resolve(hashed)).hasContent(CSS);
        assertThat(target.resolve(hashed + ".gz")).exists();
        assertThat(Files.readString(target.resolve("staticfiles.json"))).contains("\"css/site.css\":\"" + hashed + "\"");
        assertThat(target.resolve(".env")).doesNotExist();
    }
}
