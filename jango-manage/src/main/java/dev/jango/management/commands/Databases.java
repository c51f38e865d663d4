package dev.jango.management.commands;

import dev.jango.Jango;
import dev.jango.db.Database;
import dev.jango.management.base.CommandError;

/**
 * The app's {@link Database}, for {@code migrate} and {@code showmigrations}. The only class of the built-in
 * commands that names {@code jango-db}'s types, and it is loaded only when one of them runs, so apps without
 * {@code jango-db} can use every other command.
 */
final class Databases {

    static final String NONE = "this app has no database: install one with Database.install(Jango.Builder)";

    private Databases() {}

    /** Fail with a message saying what to do unless {@code jango-db} is on the class path. */
    static void requireJangoDb() {
        try {
            Class.forName("dev.jango.db.Database", false, Databases.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new CommandError(NONE + " (and add the dependency dev.jango:jango-db; it is not on the class path)");
        }
    }

    /**
     * The registered database with its pool open and nothing migrated, whatever {@code DatabaseConfig.migrate}
     * says ({@link Database#start(boolean)}), so pending migrations show as pending and {@code migrate} counts
     * what it applies.
     */
    static Database opened(Jango app) {
        Database database = app.component(Database.class).orElseThrow(() -> new CommandError(NONE));
        database.start(false);
        return database;
    }
}
