package dev.jango.contrib.sessions.redis;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.contrib.sessions.Session;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.gateway.Application;
import dev.jango.http.Response;
import dev.jango.server.jetty.JettyServer;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.test.junit.RequiresService;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@RequiresService(name = "Redis", port = 6379,
        enable = "apt-get install redis-server && service redis-server start, or run: bash .ci/run")
class RedisSessionStoreTest {

    private static final String URI_ = "redis://127.0.0.1:6379/0";
    private final String prefix = "jango-test:" + UUID.randomUUID() + ":";
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    private RedisSessionStore store() {
        RedisSessionStore store = RedisSessionStore.connect(URI_, prefix, Duration.ofSeconds(2));
        closing.add(store);
        return store;
    }

    private Application app(RedisSessionStore store, String name) {
        return Jango.builder(Map.of()).set(SECRET_KEY, "redis-secret")
                .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                .middleware(SessionMiddleware.builder().store(store).build())
                .urls(
                        path("count/", (request, kwargs) -> {
                            Session session = Session.of(request);
                            long count = session.getOrDefault("count", Long.class, 0L) + 1;
                            session.put("count", count);
                            return Response.text(name + " " + count);
                        }),
                        path("logout/", (request, kwargs) -> {
                            Session.of(request).flush();
                            return Response.text(name + " out");
                        }),
                        path("short/", (request, kwargs) -> {
                            Session.of(request).setExpiry(Duration.ofSeconds(1));
                            return Response.text("short");
                        }))
                .build();
    }

    private JettyServer serve(Application app) {
        JettyServer server = JettyServer.builder(app).host("127.0.0.1").port(0).banner(line -> {}).build().start();
        closing.add(server);
        return server;
    }

    @Test
    void two_instances_share_one_session_through_redis() throws Exception {
        JettyServer a = serve(app(store(), "a"));
        JettyServer b = serve(app(store(), "b"));
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(get(http, a, "/count/")).isEqualTo("a 1");
        assertThat(get(http, b, "/count/")).isEqualTo("b 2");
        assertThat(get(http, a, "/count/")).isEqualTo("a 3");
        assertThat(get(http, b, "/logout/")).isEqualTo("b out");
        assertThat(get(http, a, "/count/")).as("logged out everywhere").isEqualTo("a 1");
    }

    private static String get(HttpClient http, JettyServer server, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void sessions_live_under_the_prefix_with_redis_ttl_and_unknown_keys_are_not_adopted() throws Exception {
        Client client = new Client(app(store(), "a"));
        client.cookie("sessionid", "plantedbyanattacker0000000000000");
        client.get("/count/");
        String key = client.cookies().get("sessionid");
        assertThat(key).hasSize(32).isNotEqualTo("plantedbyanattacker0000000000000");
        try (RedisClient raw = RedisClient.create(URI_); StatefulRedisConnection<String, String> c = raw.connect()) {
            assertThat(c.sync().get(prefix + key)).isEqualTo("{\"count\":1}");
            long ttl = c.sync().ttl(prefix + key);
            assertThat(ttl).isBetween(Duration.ofDays(14).toSeconds() - 5, Duration.ofDays(14).toSeconds());
            assertThat(c.sync().exists(prefix + "plantedbyanattacker0000000000000")).isZero();
        }
        client.get("/short/");
        Thread.sleep(1_200); // Redis's own TTL, not a clock Jango controls
        assertThat(client.get("/count/").text()).isEqualTo("a 1");
    }

    @Test
    void an_unreachable_redis_fails_loudly_at_start_up() {
        assertThatThrownBy(() -> RedisSessionStore.connect("redis://127.0.0.1:1/0", prefix, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("127.0.0.1:1")
                .hasMessageContaining("Start redis-server");
    }

    @Test
    void a_redis_that_goes_away_answers_503_with_retry_after() {
        RedisClient raw = RedisClient.create(URI_);
        StatefulRedisConnection<String, String> connection = raw.connect();
        Client client = new Client(app(new RedisSessionStore(connection, prefix), "a"));
        assertThat(client.get("/count/").text()).isEqualTo("a 1");
        connection.close();
        raw.shutdown();
        ClientResponse down = client.get("/count/");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("Retry-After")).isEqualTo("5");
    }
}
