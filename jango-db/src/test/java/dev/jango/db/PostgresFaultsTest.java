package dev.jango.db;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.core.exceptions.ServiceUnavailable;
import dev.jango.http.Response;
import dev.jango.middleware.Handler;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.test.RequestFactory;
import dev.jango.test.junit.RequiresService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real connection failures on a real PostgreSQL: the backend serving a request is terminated from another
 * connection ({@code pg_terminate_backend}, what a fast shutdown does to every backend: SQLSTATE 57P01) while it
 * runs a query, or while it runs COMMIT. A held advisory lock makes the victim wait at a known point: in a query
 * of the view, or in COMMIT (a deferred constraint trigger takes the lock when the transaction commits).
 *
 * <p>Everything lives in the schema {@code jango_faults}, and only backends named by this test's
 * {@code ApplicationName} are terminated, so tests sharing the server are not disturbed.
 */
@RequiresService(name = "PostgreSQL", port = 5432,
        enable = "apt-get install postgresql, create role jango (password jango) and database jango_test, "
                + "or run: bash .ci/run")
class PostgresFaultsTest {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/jango_test";
    /** The advisory lock the control connection holds while the victim waits for it. */
    static final long LOCK = 0x4a616e676fL;

    final String name = "jango-faults-" + UUID.randomUUID().toString().substring(0, 8);
    final AtomicInteger callbacks = new AtomicInteger();
    final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    Connection control;
    Database database;
    Client client;

    @BeforeEach
    void start() throws SQLException {
        control = DriverManager.getConnection(SERVER + "?ApplicationName=" + name + "-control", "jango", "jango");
        try (Statement s = control.createStatement()) {
            s.execute("drop schema if exists jango_faults cascade");
            s.execute("create schema jango_faults");
            s.execute("create table jango_faults.choice (id integer primary key, votes integer not null)");
            s.execute("insert into jango_faults.choice values (1, 0)");
            s.execute("create table jango_faults.vote (request_id text primary key)");
            s.execute("create table jango_faults.ticket (code text, constraint ticket_code unique (code) "
                    + "deferrable initially deferred)");
            // runs at COMMIT for request ids starting with "hold": waits for the lock the control connection holds
            s.execute("create function jango_faults.hold_commit() returns trigger language plpgsql as $$ begin "
                    + "perform pg_advisory_xact_lock_shared(" + LOCK + "); return null; end $$");
            s.execute("create constraint trigger hold_commit after insert on jango_faults.vote deferrable initially "
                    + "deferred for each row when (new.request_id like 'hold%') execute function jango_faults.hold_commit()");
        }
        database = new Database(DatabaseConfig.of(SERVER + "?ApplicationName=" + name + "&currentSchema=jango_faults")
                .withCredentials("jango", "jango").withMigrate(false).withPoolSize(1)
                .withConnectionTimeout(Duration.ofSeconds(2)));
        database.start();
        Jango.Builder builder = Jango.builder(Map.of()).set(DEBUG, false).set(SECRET_KEY, "faults")
                .set(ALLOWED_HOSTS, List.of("testserver"));
        database.install(builder);
        client = new Client(builder.urls(
                path("wait/", (request, kwargs) -> {
                    Db.of(request).query("select 1 from pg_advisory_lock_shared(?)", Integer.class, LOCK);
                    return Response.text("waited");
                }),
                path("votes/", (request, kwargs) -> Response.text(Integer.toString(votes(Db.of(request))))),
                path("vote/", (request, kwargs) -> {
                    Db db = Db.of(request);
                    vote(db, request.form().get("request_id"), 1);
                    db.onCommit(callbacks::incrementAndGet);
                    return Response.text("voted");
                }),
                // the two snippets of the docs, as written there
                path("polls/<int:choice>/vote/", (request, kwargs) -> {
                    Db db = Db.of(request);
                    long choiceId = kwargs.getInt("choice");
                    String requestId = request.form().get("request_id");
                    int first = db.update("insert into vote (request_id) values (?) on conflict (request_id) do nothing",
                            requestId);
                    if (first == 1) {
                        db.update("update choice set votes = votes + 1 where id = ?", choiceId);
                    }
                    return Response.text("voted");
                }),
                path("polls/<int:choice>/vote-once/", Database.nonAtomic((request, kwargs) -> {
                    Db db = Db.of(request);
                    long choiceId = kwargs.getInt("choice");
                    String requestId = request.form().get("request_id");
                    try {
                        db.atomic(() -> vote(db, requestId, choiceId));
                    } catch (CommitOutcomeUnknown unknown) {
                        return Response.text("We could not confirm your vote; reload the poll to check it before "
                                + "voting again.").status(503);
                    }
                    return Response.text("voted");
                })),
                path("tickets/", (request, kwargs) -> {
                    Db.of(request).update("insert into ticket (code) values ('A'), ('A')"); // refused at COMMIT
                    return Response.text("issued");
                })).build());
    }

    /**
     * Count a vote once per request id however often it is sent: what an app does so that a client may retry a
     * write whose commit had an unknown outcome (the id is made when the form is rendered, kept in a hidden field).
     */
    static void vote(Db db, String requestId, long choiceId) {
        int first = db.update("insert into vote (request_id) values (?) on conflict (request_id) do nothing", requestId);
        if (first == 1) {
            db.update("update choice set votes = votes + 1 where id = ?", choiceId);
        }
    }

    static int votes(Db db) {
        return db.queryOne("select votes from choice where id = 1", Integer.class).orElseThrow();
    }

    /** Let the victim's lock waits through. */
    void release() throws SQLException {
        try (Statement s = control.createStatement()) {
            s.execute("select pg_advisory_unlock_all()");
        }
    }

    @AfterEach
    void stop() throws SQLException {
        threads.shutdownNow();
        client.close();
        database.close();
        try (Statement s = control.createStatement()) {
            s.execute("select pg_advisory_unlock_all()");
            s.execute("drop schema if exists jango_faults cascade");
        } finally {
            control.close();
        }
    }

    /** Hold the lock the victim will wait for. */
    void hold() throws SQLException {
        try (Statement s = control.createStatement()) {
            s.execute("select pg_advisory_lock(" + LOCK + ")");
        }
    }

    /**
     * Wait until this test's pool has a backend waiting for the lock while running {@code query} (as
     * {@code pg_stat_activity} shows it), then terminate it: SQLSTATE 57P01 on that connection.
     */
    void terminateWhenWaiting(String query) throws Exception {
        String sql = "select pid from pg_stat_activity where application_name = ? and wait_event_type = 'Lock' "
                + "and query " + query;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (var find = control.prepareStatement(sql)) {
                find.setString(1, name);
                try (ResultSet rows = find.executeQuery()) {
                    if (rows.next()) {
                        try (var kill = control.prepareStatement("select pg_terminate_backend(?)")) {
                            kill.setInt(1, rows.getInt(1));
                            kill.execute();
                        }
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No backend of " + name + " came to wait in " + query);
    }

    <T> CompletableFuture<T> inBackground(java.util.concurrent.Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, threads);
    }

    @Test
    void a_backend_terminated_under_a_query_answers_503_and_the_app_recovers_by_itself() throws Exception {
        hold();
        CompletableFuture<ClientResponse> waiting = inBackground(() -> client.get("/wait/"));
        terminateWhenWaiting("like '%pg_advisory_lock_shared%'");

        ClientResponse down = waiting.get(10, TimeUnit.SECONDS);
        assertThat(down.status()).as("SQLSTATE 57P01 is an outage, not a bug").isEqualTo(503);
        assertThat(down.header("Retry-After")).isEqualTo("5");
        assertThat(client.get("/votes/").text()).as("the dead connection was dropped; the next request gets a "
                + "fresh one").isEqualTo("0");
        assertThat(database.activeConnections()).isZero();
    }

    @Test
    void a_connection_lost_during_the_commit_of_an_atomic_request_answers_503_outcome_unknown() throws Exception {
        hold();
        CompletableFuture<ClientResponse> voting = inBackground(() -> client.post("/vote/", Map.of("request_id",
                "hold-1")));
        terminateWhenWaiting("= 'COMMIT'");

        ClientResponse unknown = voting.get(10, TimeUnit.SECONDS);
        assertThat(unknown.status()).isEqualTo(503);
        assertThat(unknown.header("Retry-After")).isEqualTo("5");
        assertThat(callbacks.get()).as("on-commit callbacks run only after a commit known to have landed").isZero();

        release();
        assertThat(client.post("/vote/", Map.of("request_id", "hold-1")).text()).as("the client retries; the app "
                + "recovered by itself").isEqualTo("voted");
        assertThat(client.post("/vote/", Map.of("request_id", "hold-1")).text()).as("and retries once more")
                .isEqualTo("voted");
        assertThat(client.get("/votes/").text()).as("counted once, whatever the first commit did").isEqualTo("1");
        assertThat(callbacks.get()).isEqualTo(2);
    }

    @Test
    void a_vote_sent_twice_with_one_request_id_counts_once() {
        for (String path : List.of("/polls/1/vote/", "/polls/1/vote/", "/polls/1/vote-once/", "/polls/1/vote-once/")) {
            assertThat(client.post(path, Map.of("request_id", "r-" + path.length())).text()).as(path)
                    .isEqualTo("voted");
        }
        assertThat(client.get("/votes/").text()).isEqualTo("2");
    }

    @Test
    void a_view_that_catches_commit_outcome_unknown_answers_its_own_way() throws Exception {
        hold();
        CompletableFuture<ClientResponse> voting = inBackground(() -> client.post("/polls/1/vote-once/",
                Map.of("request_id", "hold-2")));
        terminateWhenWaiting("= 'COMMIT'");

        ClientResponse unknown = voting.get(10, TimeUnit.SECONDS);
        assertThat(unknown.status()).isEqualTo(503);
        assertThat(unknown.text()).startsWith("We could not confirm your vote");
    }

    @Test
    void the_database_middleware_raises_commit_outcome_unknown_when_commit_loses_the_connection() throws Exception {
        Handler voting = database.wrap(request -> {
            vote(Db.of(request), "hold-1", 1);
            return Response.text("voted");
        });
        hold();
        CompletableFuture<Response> outcome = inBackground(() -> voting.handle(new RequestFactory().get("/vote/")));
        terminateWhenWaiting("= 'COMMIT'");

        assertThatThrownBy(() -> outcome.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(CommitOutcomeUnknown.class).isInstanceOf(ServiceUnavailable.class)
                .hasMessageContaining("COMMIT of the request's transaction, so its writes may or may not have been "
                        + "applied").hasRootCauseInstanceOf(SQLException.class);
        assertThat(database.activeConnections()).isZero();
    }

    @Test
    void an_atomic_block_whose_commit_loses_the_connection_raises_commit_outcome_unknown() throws Exception {
        hold();
        CompletableFuture<Object> outcome = inBackground(() -> {
            try (Db db = database.open()) {
                return db.atomic(() -> {
                    vote(db, "hold-1", 1);
                    db.onCommit(callbacks::incrementAndGet);
                    return "voted";
                });
            }
        });
        terminateWhenWaiting("= 'COMMIT'");

        assertThatThrownBy(() -> outcome.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(CommitOutcomeUnknown.class)
                .hasMessageContaining("COMMIT of an atomic block, so its writes may or may not have been applied");
        assertThat(callbacks.get()).isZero();
        try (Db db = database.open()) {
            assertThat(db.atomic(() -> votes(db))).as("the pool recovers by itself; the lost commit did not land "
                    + "this time").isZero();
        }
    }

    @Test
    void a_commit_refused_by_the_database_is_an_ordinary_failure_not_an_unknown_outcome() {
        assertThat(client.get("/tickets/").status()).as("a deferred unique constraint fails COMMIT: a bug, 500")
                .isEqualTo(500);
        Handler issuing = database.wrap(request -> {
            Db.of(request).update("insert into ticket (code) values ('B'), ('B')");
            return Response.text("issued");
        });
        assertThatThrownBy(() -> issuing.handle(new RequestFactory().get("/tickets/")))
                .isInstanceOf(DatabaseError.class).isNotInstanceOf(ServiceUnavailable.class)
                .hasMessageContaining("COMMIT of the request's transaction failed");
        try (Db db = database.open()) {
            assertThatThrownBy(() -> db.atomic(() -> db.update("insert into ticket (code) values ('C'), ('C')")))
                    .isInstanceOf(DatabaseError.class).isNotInstanceOf(ServiceUnavailable.class);
        }
        assertThat(client.get("/votes/").text()).isEqualTo("0");
    }
}
