package dev.jango.contrib.auth.management;

import dev.jango.Jango;
import dev.jango.contrib.auth.User;
import dev.jango.contrib.auth.UserStore;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import dev.jango.management.base.CommandError;
import dev.jango.management.base.Prompter;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code changepassword [username]}: set a user's password, typed twice and hidden, hashed with the store's
 * hashers. Three failed attempts (mismatch or a weak password) abort, as in Django; the user defaults to the
 * one running the command ({@code USER}).
 */
@CommandLine.Command(name = "changepassword", description = "Change a user's password (asked twice, hidden).")
final class ChangePasswordCommand implements Command {

    static final int MAX_TRIES = 3;

    @CommandLine.Parameters(arity = "0..1", paramLabel = "USERNAME", description = "The user (default: the one running this, from USER).")
    String username;

    @Override
    public int run(CommandContext context) {
        Jango app = context.app();
        UserStore store = Users.store(app);
        PasswordHashers hashers = Users.hashers(app, store);
        String name = username != null ? username : Users.systemUsername(context);
        if (name.isEmpty()) {
            throw new CommandError("Name the user: changepassword USERNAME");
        }
        Users.started(app);
        try {
            User user = store.findByUsername(name)
                    .orElseThrow(() -> new CommandError("user '" + name + "' does not exist"));
            context.out().println("Changing password for user '" + name + "'");
            String password = ask(context.prompter(), context.err(), name);
            store.setPassword(user.id(), hashers.make(password));
            context.out().println("Password changed successfully for user '" + name + "'");
            return 0;
        } finally {
            app.stop();
        }
    }

    private static String ask(Prompter prompter, PrintStream err, String name) {
        for (int attempt = 1; attempt <= MAX_TRIES; attempt++) {
            String password = prompter.secret("Password: ");
            String again = prompter.secret("Password (again): ");
            if (!password.equals(again)) {
                err.println("Passwords do not match. Please try again.");
                continue;
            }
            List<String> problems = password.isBlank() ? List.of("Blank passwords aren't allowed.")
                    : PasswordValidation.problems(password, name, null);
            if (problems.isEmpty()) {
                return password;
            }
            problems.forEach(err::println);
        }
        throw new CommandError("Aborting password change for user '" + name + "' after " + MAX_TRIES + " attempts");
    }
}
