package dev.jango.http;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.core.exceptions.SuspiciousOperation;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every response kind, in-process (over Jetty: jango-test's ResponsesOverJettyTest). */
class ResponsesTest {

    record Poll(int id, String question) {}

    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void makeFile() throws Exception {
        file = dir.resolve("report 2024.txt");
        Files.writeString(file, "0123456789abcdefghij");
    }

    static Jango app() {
        return Jango.builder(Map.of()).set(SECRET_KEY, "r").set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1")).urls(
                path("json/", (request, kwargs) -> new JsonResponse(new Poll(1, "<script>&'</script>"))),
                path("go/", (request, kwargs) -> Redirect.to(request.query().get("to"))),
                path("stream/", (request, kwargs) -> new StreamingResponse(List.of("a", "b", "c").iterator(), "text/plain")),
                path("file/", (request, kwargs) -> new FileResponse(file)),
                path("download/", (request, kwargs) -> FileResponse.attachment(file, "résumé \"final\".txt")),
                path("missing/", (request, kwargs) -> new FileResponse(dir.resolve("nope.txt"))),
                path("events/", (request, kwargs) -> new EventStream(emitter -> {
                    emitter.send(EventStream.event("line one\nline two").id("1").name("greeting"));
                    emitter.send("plain");
                }, Duration.ofMillis(50)))).build();
    }

    private final Client client = new Client(app());

    @Test
    void json_responses_escape_html_significant_characters() {
        ClientResponse response = client.get("/json/");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.text()).isEqualTo("{\"id\":1,\"question\":\"\\u003cscript\\u003e\\u0026\\u0027\\u003c/script\\u003e\"}");
        assertThat(response.json(Poll.class)).isEqualTo(new Poll(1, "<script>&'</script>"));
    }

    @Test
    void redirects_refuse_unsafe_schemes() {
        assertThat(client.get("/go/?to=/polls/").header("Location")).isEqualTo("/polls/");
        assertThat(client.get("/go/?to=https://example.com/").status()).isEqualTo(302);
        assertThat(client.get("/go/?to=javascript:alert(1)").status()).isEqualTo(400);
        assertThat(client.get("/go/?to=%20JavaScript:alert(1)").status()).isEqualTo(400);
        assertThat(client.get("/go/?to=java%09script:alert(1)").status()).isEqualTo(400);
        assertThat(client.get("/go/?to=data:text/html,x").status()).isEqualTo(400);
        assertThatThrownBy(() -> Redirect.of(200, "/")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Redirect.seeOther("/x").status()).isEqualTo(303);
        assertThat(Redirect.permanentKeepingMethod("/x").status()).isEqualTo(308);
        assertThatThrownBy(() -> Redirect.to("vbscript:x")).isInstanceOf(SuspiciousOperation.class);
    }

    @Test
    void redirect_locations_are_uris_as_djangos_iri_to_uri_makes_them() {
        assertThat(Redirect.to("/café/?next=/é").header("Location")).isEqualTo("/caf%C3%A9/?next=/%C3%A9");
        assertThat(Redirect.permanent("https://example.com/€ 1").header("Location"))
                .isEqualTo("https://example.com/%E2%82%AC%201");
        assertThat(Redirect.to("/a\r\nSet-Cookie: x=1\0").header("Location")).isEqualTo("/a%0D%0ASet-Cookie:%20x=1%00");
        assertThat(client.get("/go/?to=/caf%C3%A9/").header("Location")).isEqualTo("/caf%C3%A9/");
        assertThat(client.get("/go/?to=/a%0D%0Ab").header("Location")).isEqualTo("/a%0D%0Ab");
    }

    @Test
    void streaming_responses_give_their_chunks_in_order() {
        ClientResponse response = client.get("/stream/");
        assertThat(response.text()).isEqualTo("abc");
        assertThat(response.header("Content-Length")).isNull();
    }

    @Test
    void several_ranges_come_as_multipart_byteranges() {
        ClientResponse response = client.request("GET", "/file/").header("Range", "bytes=0-1,10-12").send();
        assertThat(response.status()).isEqualTo(206);
        String type = response.header("Content-Type");
        assertThat(type).startsWith("multipart/byteranges; boundary=");
        String boundary = type.substring(type.indexOf('=') + 1);
        assertThat(response.text()).contains("--" + boundary + "\r\nContent-Type: text/plain\r\n"
                + "Content-Range: bytes 0-1/20\r\n\r\n01\r\n").contains("Content-Range: bytes 10-12/20\r\n\r\nabc\r\n")
                .endsWith("--" + boundary + "--\r\n");
    }

    @Test
    void server_sent_events_are_framed_with_fields() {
        ClientResponse response = client.get("/events/");
        assertThat(response.header("Content-Type")).isEqualTo("text/event-stream; charset=utf-8");
        assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.text()).startsWith(": stream open\n\n")
                .contains("id: 1\nevent: greeting\ndata: line one\ndata: line two\n\n")
                .endsWith("data: plain\n\n");
    }

    @Test
    void files_carry_type_length_dates_and_disposition() {
        ClientResponse response = client.get("/file/");
        assertThat(response.text()).isEqualTo("0123456789abcdefghij");
        assertThat(response.header("Content-Type")).isEqualTo("text/plain");
        assertThat(response.header("Content-Length")).isEqualTo("20");
        assertThat(response.header("Last-Modified")).endsWith("GMT");
        assertThat(response.header("Content-Disposition")).isEqualTo("inline; filename=\"report 2024.txt\"");
        assertThat(client.get("/download/").header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"r_sum_ \\\"final\\\".txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22.txt");
        assertThat(client.get("/missing/").status()).isEqualTo(404);
    }

    @Test
    void file_types_are_guessed_as_django_guesses_them_with_no_charset_added() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("notes.txt", "text/plain"), Map.entry("page.html", "text/html"),
                Map.entry("site.css", "text/css"), Map.entry("app.js", "text/javascript"),
                Map.entry("app.mjs", "text/javascript"), Map.entry("data.json", "application/json"),
                Map.entry("feed.xml", "text/xml"), Map.entry("logo.svg", "image/svg+xml"),
                Map.entry("REPORT.PDF", "application/pdf"), Map.entry("photo.webp", "image/webp"),
                Map.entry("module.wasm", "application/wasm"), Map.entry("table.csv", "text/csv"),
                Map.entry("data.csv.gz", "application/gzip"), Map.entry("archive.tar.gz", "application/gzip"),
                Map.entry("archive.tgz", "application/gzip"), Map.entry("drawing.svgz", "application/gzip"),
                Map.entry("plain.gz", "application/gzip"), Map.entry("page.html.br", "application/x-brotli"),
                Map.entry("archive.tar.bz2", "application/x-bzip"), Map.entry("archive.tar.xz", "application/x-xz"),
                Map.entry("old.tar.Z", "application/x-compress"), Map.entry("lower.z", "application/octet-stream"),
                Map.entry(".bashrc", "application/octet-stream"), Map.entry("README", "application/octet-stream"),
                Map.entry("thing.unknownext", "application/octet-stream"));

        expected.forEach((name, type) -> assertThat(FileResponse.contentType(name)).as(name).isEqualTo(type));
    }

    @Test
    void a_files_last_modified_is_an_imf_fixdate_with_a_two_digit_day() throws Exception {
        Path dated = dir.resolve("dated.txt");
        Files.writeString(dated, "x");
        Files.setLastModifiedTime(dated, FileTime.from(Instant.parse("2026-12-07T23:10:02.5Z")));

        FileResponse response = new FileResponse(dated);

        assertThat(response.header("Last-Modified")).isEqualTo("Mon, 07 Dec 2026 23:10:02 GMT");
        assertThat(response.lastModified()).isEqualTo(Instant.parse("2026-12-07T23:10:02Z"));
    }

    @Test
    void a_text_file_gets_the_charset_its_caller_asks_for() throws Exception {
        FileResponse response = new FileResponse(file);
        response.header("Content-Type", "text/plain; charset=utf-8");

        assertThat(response.contentType()).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void ranges_get_206_and_unsatisfiable_ones_416() {
        ClientResponse one = client.request("GET", "/file/").header("Range", "bytes=2-5").send();
        assertThat(one.status()).isEqualTo(206);
        assertThat(one.text()).isEqualTo("2345");
        assertThat(one.header("Content-Range")).isEqualTo("bytes 2-5/20");
        ClientResponse suffix = client.request("GET", "/file/").header("Range", "bytes=-3").send();
        assertThat(suffix.text()).isEqualTo("hij");
        ClientResponse open = client.request("GET", "/file/").header("Range", "bytes=18-").send();
        assertThat(open.text()).isEqualTo("ij");
        ClientResponse none = client.request("GET", "/file/").header("Range", "bytes=50-60").send();
        assertThat(none.status()).isEqualTo(416);
        assertThat(none.header("Content-Range")).isEqualTo("bytes */20");
        ClientResponse junk = client.request("GET", "/file/").header("Range", "lines=1-2").send();
        assertThat(junk.status()).isEqualTo(200);
        ClientResponse stale = client.request("GET", "/file/").header("Range", "bytes=0-1")
                .header("If-Range", "Wed, 21 Oct 2015 07:28:00 GMT").send();
        assertThat(stale.status()).isEqualTo(200);
        ClientResponse tooMany = client.request("GET", "/file/").header("Range", "bytes="
                + String.join(",", IntStream.range(0, 60).mapToObj(i -> "0-0").toList())).send();
        assertThat(tooMany.status()).isEqualTo(200);
    }
}
