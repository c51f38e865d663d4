package dev.jango.management.commands;

import dev.jango.db.Database;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code migrate}: apply the pending migrations of the app's {@link Database} (Jango's own tables, then the
 * app's {@code db/migration}), then list them and say how many it applied. The database is opened without
 * migrating, whatever {@code DatabaseConfig.migrate} says, so the count is what this command applied.
 */
@CommandLine.Command(name = "migrate", description = "Apply pending database migrations (Jango's tables, then the app's).")
final class MigrateCommand implements Command {

    @Override
    public int run(CommandContext context) {
        Databases.requireJangoDb();
        return Migrations.migrate(context);
    }

    /** The jango-db code, in a nested class so the command loads without jango-db on the class path. */
    private static final class Migrations {
        static int migrate(CommandContext context) {
            Database database = Databases.opened(context.app());
            try {
                int applied = database.migrate();
                PrintStream out = context.out();
                List<String> migrations = database.showMigrations();
                out.println("Migrations:");
                if (migrations.isEmpty()) {
                    out.println(" (the app has no migrations of its own)");
                }
                migrations.forEach(line -> out.println(" " + line));
                out.println(applied == 0 ? "The database is up to date." : "Applied " + applied + " migration"
                        + (applied == 1 ? "" : "s") + " (Jango's own tables included); the database is up to date.");
                return 0;
            } finally {
                database.close();
            }
        }
    }
}
