package dev.jango.contrib.auth.management;

import static dev.jango.conf.CoreSettings.DEBUG;

import dev.jango.Jango;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.auth.jdbc.JdbcUserStore;
import dev.jango.db.Database;
import dev.jango.db.DatabaseConfig;
import dev.jango.management.Manage;
import java.util.Map;

/**
 * A tiny app whose main is {@code Manage.main}, for tests that run commands in a real terminal: users in a
 * {@link JdbcUserStore} on the H2 database named by the system property {@value #DATABASE_URL}.
 */
public final class TerminalApp {

    /** The system property with the JDBC URL of the app's database. */
    public static final String DATABASE_URL = "terminal.database.url";

    private TerminalApp() {}

    public static void main(String[] args) {
        Manage.main(args, () -> app(System.getProperty(DATABASE_URL)));
    }

    /** The app on the database at {@code url}. */
    public static Jango app(String url) {
        Database database = new Database(DatabaseConfig.of(url));
        Jango.Builder builder = Jango.builder(Map.of()).set(DEBUG, true)
                .component(new JdbcUserStore(database, PasswordHashers.forTests()));
        return database.install(builder).build();
    }
}
