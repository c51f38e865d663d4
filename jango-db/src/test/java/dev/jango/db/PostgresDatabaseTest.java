package dev.jango.db;

import dev.jango.test.junit.RequiresService;

/** The contract on a real PostgreSQL (role and database made by .ci/run). */
@RequiresService(name = "PostgreSQL", port = 5432,
        enable = "apt-get install postgresql, create role jango (password jango) and database jango_test, "
                + "or run: bash .ci/run")
class PostgresDatabaseTest extends DatabaseContract {

    @Override
    DatabaseConfig config() {
        return DatabaseConfig.of("jdbc:postgresql://127.0.0.1:5432/jango_test").withCredentials("jango", "jango")
                .withPoolSize(20);
    }

    @Override
    void reset(Database database) {
        try (Db db = database.open()) {
            db.update("drop schema public cascade");
            db.update("create schema public");
        }
    }
}
