package dev.jango.management.commands;

import dev.jango.db.Database;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code showmigrations}: the app's migrations, {@code [X]} applied and {@code [ ]} pending, as Django shows them.
 * It opens the app's {@link Database} without migrating, whatever {@code DatabaseConfig.migrate} says, so it
 * changes nothing.
 */
@CommandLine.Command(name = "showmigrations", description = "List the app's database migrations: [X] applied, [ ] pending.")
final class ShowMigrationsCommand implements Command {

    @Override
    public int run(CommandContext context) {
        Databases.requireJangoDb();
        return Listing.show(context);
    }

    /** The jango-db code, in a nested class so the command loads without jango-db on the class path. */
    private static final class Listing {
        static int show(CommandContext context) {
            Database database = Databases.opened(context.app());
            try {
                List<String> migrations = database.showMigrations();
                PrintStream out = context.out();
                out.println("Migrations:");
                if (migrations.isEmpty()) {
                    out.println(" (no migrations)");
                }
                migrations.forEach(line -> out.println(" " + line));
                return 0;
            } finally {
                database.close();
            }
        }
    }
}
