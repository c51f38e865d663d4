package dev.jango.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The other process of {@link H2MixedModeTest}: {@code H2FileHolder url} opens {@code url}, prints "ready" and
 * holds it until its standard input closes (30 s at most); {@code H2FileHolder url sql} opens it, runs
 * {@code sql}, prints "done" and exits. A failure prints "ERR" with H2's error code and message.
 */
public final class H2FileHolder {

    private H2FileHolder() {}

    public static void main(String[] args) throws Exception {
        Thread.ofPlatform().daemon().start(() -> { // never outlive a test that forgot us
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                return;
            }
            System.exit(2);
        });
        try (Connection connection = DriverManager.getConnection(args[0])) {
            if (args.length > 1) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(args[1]);
                }
                System.out.println("done");
                System.out.flush();
                return;
            }
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) { // hold the file until the parent closes our input
                continue;
            }
        } catch (SQLException e) {
            System.out.println("ERR " + e.getErrorCode() + " " + e.getMessage());
            System.out.flush();
        }
    }
}
