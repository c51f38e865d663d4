package dev.jango.db;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Response;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on an embedded H2 file database, plus an outage and recovery through H2's TCP server. */
class H2DatabaseTest extends DatabaseContract {

    @TempDir
    Path dir;

    @Override
    DatabaseConfig config() {
        return DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("test").toAbsolutePath());
    }

    @Override
    void reset(Database database) {
        // a fresh file per test
    }

    @Test
    void an_outage_answers_503_quickly_and_the_app_recovers_by_itself() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
        int port = server.getPort();
        Database remote = new Database(DatabaseConfig.of("jdbc:h2:tcp://127.0.0.1:" + port + "/outage")
                .withConnectionTimeout(Duration.ofSeconds(1)).withPoolSize(2));
        Jango.Builder builder = Jango.builder(Map.of()).set(SECRET_KEY, "db").set(ALLOWED_HOSTS, List.of("testserver"));
        remote.install(builder);
        Client client = new Client(builder.urls(path("n/", (request, kwargs) -> Response.text(
                Db.of(request).queryOne("select count(*) from question", Long.class).orElseThrow().toString())))
                .build());
        try {
            assertThat(client.get("/n/").text()).isEqualTo("0");
            server.stop();
            long start = System.nanoTime();
            ClientResponse down = client.get("/n/");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.header("Retry-After")).isEqualTo("5");
            assertThat(millis).as("bounded by the connection timeout, not HikariCP's 30 s").isLessThan(10_000);
            server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists", "-baseDir",
                    dir.toString()).start();
            ClientResponse back = null;
            for (int i = 0; i < 50 && (back == null || back.status() != 200); i++) {
                Thread.sleep(100); // the pool replaces dead connections by itself
                back = client.get("/n/");
            }
            assertThat(back.status()).isEqualTo(200);
        } finally {
            client.close();
            server.stop();
        }
    }

    @Test
    void start_false_opens_the_pool_without_migrating_even_when_the_configuration_says_to() {
        DatabaseConfig defaults = DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("fresh").toAbsolutePath());
        assertThat(defaults.migrate()).isTrue();
        Database fresh = new Database(defaults);
        try {
            fresh.start(false);

            assertThat(fresh.showMigrations()).containsExactly("[ ] 1 polls");
            assertThat(fresh.migrate()).as("Jango's own migration and the app's").isEqualTo(2);
            assertThat(fresh.showMigrations()).containsExactly("[X] 1 polls");
        } finally {
            fresh.close();
        }
    }

    @Test
    void start_migrates_when_the_configuration_says_to_and_start_false_on_an_open_pool_changes_nothing() {
        Database fresh = new Database(DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("fresh").toAbsolutePath()));
        try {
            fresh.start();
            fresh.start(false);

            assertThat(fresh.showMigrations()).containsExactly("[X] 1 polls");
            assertThat(fresh.migrate()).isZero();
        } finally {
            fresh.close();
        }
    }

    @Test
    void start_true_migrates_even_when_the_configuration_says_not_to() {
        Database fresh = new Database(DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("fresh").toAbsolutePath())
                .withMigrate(false));
        try {
            fresh.start(true);

            assertThat(fresh.showMigrations()).containsExactly("[X] 1 polls");
        } finally {
            fresh.close();
        }
    }

    @Test
    void an_unreachable_database_fails_loudly_at_start_up() {
        Database nowhere = new Database(DatabaseConfig.of("jdbc:postgresql://127.0.0.1:1/none")
                .withConnectionTimeout(Duration.ofMillis(500)));
        assertThatThrownBy(nowhere::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot reach the database at jdbc:postgresql://127.0.0.1:1/none");
        assertThatThrownBy(() -> DatabaseConfig.of("postgres://x")).hasMessageContaining("starts with jdbc:");
    }

    @Test
    void install_adds_the_middleware_the_component_and_the_start_up_and_shutdown_hooks() {
        Database fresh = new Database(DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("installed").toAbsolutePath()));
        Jango.Builder builder = Jango.builder(Map.of()).set(SECRET_KEY, "db").set(ALLOWED_HOSTS, List.of("testserver"));
        assertThat(fresh.install(builder)).isSameAs(builder);
        Jango app = builder.urls(path("n/", (request, kwargs) -> Response.text(
                Db.of(request).queryOne("select count(*) from jango_user", Long.class).orElseThrow().toString())))
                .build();
        assertThat(app.middleware()).containsExactly(fresh);
        assertThat(app.component(Database.class)).containsSame(fresh);
        assertThatThrownBy(fresh::dataSource).as("nothing opens before start-up")
                .hasMessageContaining("not started");
        try (Client client = new Client(app)) { // starts the application: its start-up hooks run
            assertThat(fresh.showMigrations()).as("migrated at start-up").containsExactly("[X] 1 polls");
            assertThat(client.get("/n/").text()).isEqualTo("0");
        } // stops it: its shutdown hooks run
        assertThatThrownBy(fresh::dataSource).as("closed at shutdown").hasMessageContaining("not started");
    }

    @Test
    void db_of_a_request_without_the_database_middleware_says_how_to_install_it() {
        Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "db")
                .set(ALLOWED_HOSTS, List.of("testserver"))
                .urls(path("n/", (request, kwargs) -> Response.text(Db.of(request).toString()))).build());
        assertThatThrownBy(() -> Db.of(client.offlineRequest())).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("database.install(");
        assertThat(client.get("/n/").status()).isEqualTo(500);
        client.close();
    }

    @Test
    void the_environment_overrides_the_code() {
        DatabaseConfig config = config().fromEnvironment(Map.of("JANGO_DATABASE_URL", "jdbc:postgresql://db/app",
                "JANGO_DATABASE_USER", "app", "JANGO_DATABASE_POOL_SIZE", "4"));
        assertThat(config.url()).isEqualTo("jdbc:postgresql://db/app");
        assertThat(config.user()).isEqualTo("app");
        assertThat(config.poolSize()).isEqualTo(4);
        assertThat(config.toString()).doesNotContain("password");
    }
}
