package dev.jango.db;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.contrib.auth.Auth;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.Logins;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.auth.jdbc.JdbcUserStore;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.contrib.sessions.jdbc.DatabaseSessionStore;
import dev.jango.http.Response;
import dev.jango.test.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do through the whole cycle; H2 and PostgreSQL run it. */
abstract class DatabaseContract {

    record Choice(long id, long questionId, String text, int votes) {}

    abstract DatabaseConfig config();

    /** Drop everything the previous test made. */
    abstract void reset(Database database);

    Database database;
    final AtomicInteger committed = new AtomicInteger();
    Jango app;

    @BeforeEach
    void start() {
        database = new Database(config().withMigrate(false));
        database.start();
        reset(database);
        database.migrate();
        try (Db db = database.open()) {
            long q = db.insert("insert into question (text) values (?)", "id", "Tea or coffee?");
            db.update("insert into choice (question_id, text) values (?, ?)", q, "Tea");
        }
        Jango.Builder builder = Jango.builder(Map.of()).set(DEBUG, false).set(SECRET_KEY, "db")
                .set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(SessionMiddleware.builder().store(new DatabaseSessionStore(database)).build(),
                        AuthenticationMiddleware.builder().users(new JdbcUserStore(database, PasswordHashers.forTests()))
                                .hashers(PasswordHashers.forTests()).build());
        assertThat(database.install(builder)).isSameAs(builder);
        app = builder.urls(
                path("vote/", (request, kwargs) -> {
                    Db.of(request).update("update choice set votes = votes + 1 where text = 'Tea'");
                    Db.of(request).onCommit(committed::incrementAndGet);
                    return Response.text("voted");
                }),
                path("vote-then-fail/", (request, kwargs) -> {
                    Db.of(request).update("update choice set votes = votes + 1");
                    throw new IllegalStateException("after the write");
                }),
                path("vote-then-503/", (request, kwargs) -> {
                    Db.of(request).update("update choice set votes = votes + 1");
                    return Response.text("busy").status(503);
                }),
                path("non-atomic/", Database.nonAtomic((request, kwargs) -> {
                    Db.of(request).update("update choice set votes = votes + 1");
                    throw new IllegalStateException("after an autocommitted write");
                })),
                path("nested/", (request, kwargs) -> {
                    Db db = Db.of(request);
                    db.update("update choice set votes = votes + 1");
                    try {
                        db.atomic(() -> {
                            db.update("update choice set votes = votes + 100");
                            throw new IllegalStateException("inner failure");
                        });
                    } catch (IllegalStateException expected) {
                        // only the inner block is undone
                    }
                    return Response.text(Integer.toString(db.queryOne("select votes from choice", Integer.class)
                            .orElseThrow()));
                }),
                path("choices/", (request, kwargs) -> Response.text(Db.of(request)
                        .query("select id, question_id, text, votes from choice", Choice.class).toString())),
                path("whoami/", (request, kwargs) -> Response.text(Auth.user(request).username()))).build();
    }

    @AfterEach
    void stop() {
        database.close();
    }

    int votes() {
        try (Db db = database.open()) {
            return db.queryOne("select sum(votes) from choice", Integer.class).orElse(0);
        }
    }

    @Test
    void a_view_commits_and_on_commit_callbacks_run_after() {
        Client client = new Client(app);
        assertThat(client.get("/vote/").text()).isEqualTo("voted");
        assertThat(votes()).isEqualTo(1);
        assertThat(committed.get()).isEqualTo(1);
        assertThat(client.get("/choices/").text()).contains("Choice[id=", "questionId=", "text=Tea, votes=1]");
    }

    @Test
    void a_view_that_throws_or_answers_5xx_is_rolled_back() {
        Client client = new Client(app);
        assertThat(client.get("/vote-then-fail/").status()).isEqualTo(500);
        assertThat(client.get("/vote-then-503/").status()).isEqualTo(503);
        assertThat(votes()).isZero();
        assertThat(committed.get()).isZero();
    }

    @Test
    void non_atomic_views_keep_their_writes() {
        assertThat(new Client(app).get("/non-atomic/").status()).isEqualTo(500);
        assertThat(votes()).isEqualTo(1);
    }

    @Test
    void a_nested_atomic_block_rolls_back_to_its_savepoint_only() {
        assertThat(new Client(app).get("/nested/").text()).isEqualTo("1");
        assertThat(votes()).isEqualTo(1);
    }

    @Test
    void connections_are_always_returned() {
        Client client = new Client(app);
        for (String path : List.of("/vote/", "/vote-then-fail/", "/non-atomic/", "/nested/", "/choices/")) {
            client.get(path);
            assertThat(database.activeConnections()).as(path).isZero();
        }
    }

    @Test
    void a_hundred_concurrent_votes_lose_no_count() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(100)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                results.add(threads.submit(() -> new Client(app).get("/vote/").status()));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(200);
            }
        }
        assertThat(votes()).isEqualTo(100);
        assertThat(database.activeConnections()).isZero();
    }

    @Test
    void sessions_and_users_live_in_the_database() {
        JdbcUserStore users = new JdbcUserStore(database, PasswordHashers.forTests());
        users.createUser("alice", "pw", "polls.vote");
        Client client = new Client(app);
        assertThat(Logins.login(client, "alice", "wrong")).isFalse();
        assertThat(Logins.login(client, "alice", "pw")).isTrue();
        assertThat(client.get("/whoami/").text()).isEqualTo("alice");
        assertThat(users.findByUsername("alice").orElseThrow().hasPerm("polls.vote")).isTrue();
        try (Db db = database.open()) {
            assertThat(db.queryOne("select count(*) from jango_session", Long.class)).hasValue(1L);
        }
        Logins.logout(client);
        try (Db db = database.open()) {
            assertThat(db.queryOne("select count(*) from jango_session", Long.class)).hasValue(0L);
        }
    }

    @Test
    void migrations_are_listed_as_applied() {
        assertThat(database.showMigrations()).containsExactly("[X] 1 polls");
        assertThat(database.migrate()).isZero();
    }
}
