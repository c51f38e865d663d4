package com.example.polls;

import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.db.Database;
import dev.jango.db.DatabaseConfig;
import dev.jango.db.Db;
import dev.jango.test.junit.RequiresService;
import java.util.Map;

/** The same tests on a real PostgreSQL, switched by the one setting users switch: JANGO_DATABASE_URL. */
@RequiresService(name = "PostgreSQL", port = 5432,
        enable = "apt-get install postgresql, create role jango (password jango) and database jango_test, "
                + "or run: bash .ci/run")
class PollsOnPostgresTest extends PollsTest {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/jango_test";

    @Override
    PollsApp app() {
        Database scratch = new Database(DatabaseConfig.of(URL).withCredentials("jango", "jango").withMigrate(false));
        scratch.start();
        try (Db db = scratch.open()) {
            db.update("drop schema public cascade");
            db.update("create schema public");
        }
        scratch.close();
        return new PollsApp(DatabaseConfig.of("jdbc:h2:mem:unused").withPoolSize(20), Map.of("JANGO_DEBUG", "false",
                "JANGO_SECRET_KEY", "test-secret", "JANGO_DATABASE_URL", URL, "JANGO_DATABASE_USER", "jango",
                "JANGO_DATABASE_PASSWORD", "jango"), PasswordHashers.forTests());
    }
}
