package dev.jango.management;

import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.conf.Settings;
import dev.jango.db.Database;
import dev.jango.db.DatabaseConfig;
import dev.jango.db.JdbcUserStore;
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
        Manage.main(args, () -> settings(System.getProperty(DATABASE_URL)));
    }

    /** The app's settings on the database at {@code url}. */
    public static Settings settings(String url) {
        Database database = new Database(DatabaseConfig.of(url));
        Settings.Builder builder = Settings.builder(Map.of()).debug(true)
                .component(new JdbcUserStore(database, PasswordHashers.forTests()));
        return database.install(builder).build();
    }
}
