package com.example.hello;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.test.junit.LiveServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HelloAppTest {

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> HelloApp.app(false));

    private final Client client = new Client(HelloApp.app(false)).host("localhost");

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void home_page_links_to_the_other_routes() {
        ClientResponse response = client.get("/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(response.text()).contains("href=\"/users/42\"");
    }

    @Test
    void plaintext_and_json_answer_like_the_benchmark_expects() {
        ClientResponse text = client.get("/plaintext");
        assertThat(text.text()).isEqualTo("Hello, World!");
        assertThat(text.header("Content-Type")).startsWith("text/plain");
        ClientResponse json = client.get("/json");
        assertThat(json.header("Content-Type")).isEqualTo("application/json");
        assertThat(json.text()).isEqualTo("{\"message\":\"Hello, World!\"}");
    }

    @Test
    void an_upload_is_counted_and_only_a_post_is_taken() {
        java.util.Map<String, Object> parts = new java.util.LinkedHashMap<>();
        parts.put("title", "two files");
        parts.put("a", new dev.jango.test.FileUpload("a.txt", "text/plain", new byte[100]));
        parts.put("b", new dev.jango.test.FileUpload("b.bin", "application/octet-stream", new byte[3_000_000]));
        ClientResponse response = client.request("POST", "/upload").multipart(parts).send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("{\"files\":2,\"bytes\":3000100}");
        assertThat(client.get("/upload").status()).isEqualTo(405);
    }

    @Test
    void users_take_an_int_from_the_path_and_anything_else_is_404() {
        assertThat(client.get("/users/42").text()).isEqualTo("{\"id\":42,\"name\":\"user42\"}");
        assertThat(client.get("/users/abc").status()).isEqualTo(404);
        assertThat(client.get("/users/").status()).isEqualTo(404);
    }

    @Test
    void every_response_is_numbered_by_the_middleware_even_errors() {
        long first = Long.parseLong(client.get("/plaintext").header("X-Request-Id"));
        long second = Long.parseLong(client.get("/nowhere").header("X-Request-Id"));
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void the_same_app_answers_over_jetty() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri("/users/7")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"id\":7,\"name\":\"user7\"}");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void blocking_sleeps_in_the_view_and_answers_ok() {
        long start = System.nanoTime();
        ClientResponse response = client.get("/blocking");
        assertThat(response.text()).isEqualTo("ok");
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(50_000_000L);
    }

    @Test
    void the_default_stack_adds_django_s_security_headers_around_the_same_routes() {
        try (Client withDefaults = new Client(HelloApp.app(false, true)).host("localhost")) {
            ClientResponse response = withDefaults.get("/plaintext");
            assertThat(response.text()).isEqualTo("Hello, World!");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("X-Request-Id")).isNotNull();
        }
    }
}
