package dev.jango.examples.polls;

import dev.jango.auth.hashers.PasswordHashers;
import dev.jango.core.Jango;
import dev.jango.db.DatabaseConfig;
import dev.jango.server.jetty.JettyServer;
import java.util.Map;

/**
 * Runs the polls example: {@code Main [runserver [port]]} serves it on http://127.0.0.1:8000/ with an H2 database in
 * {@code ./data/polls} (PostgreSQL with {@code JANGO_DATABASE_URL=jdbc:postgresql://...}); {@code Main
 * createsuperuser} creates the staff user from {@code JANGO_SUPERUSER_USERNAME} and
 * {@code JANGO_SUPERUSER_PASSWORD}, like Django's {@code createsuperuser --noinput}.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        PollsApp app = new PollsApp(DatabaseConfig.of("jdbc:h2:file:./data/polls"), env, PasswordHashers.defaults());
        if (args.length > 0 && args[0].equals("createsuperuser")) {
            String username = env.get("JANGO_SUPERUSER_USERNAME");
            String password = env.get("JANGO_SUPERUSER_PASSWORD");
            if (username == null || password == null || password.isEmpty()) {
                System.err.println("Set JANGO_SUPERUSER_USERNAME and JANGO_SUPERUSER_PASSWORD, then run createsuperuser");
                System.exit(2);
            }
            app.database().start();
            app.users().createSuperuser(username, password);
            app.database().close();
            System.out.println("Superuser '" + username + "' created.");
            return;
        }
        if (args.length > 0 && !args[0].equals("runserver")) {
            System.err.println("Unknown command '" + args[0] + "'; use runserver [port] or createsuperuser");
            System.exit(2);
        }
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
        JettyServer.serve(Jango.application(app.settings()), "127.0.0.1", port);
    }
}
