package dev.jango.contrib.auth.management;

import dev.jango.Jango;
import dev.jango.contrib.auth.ManagedUserStore;
import dev.jango.contrib.auth.UserStore;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import dev.jango.management.base.CommandError;
import dev.jango.management.base.Prompter;
import java.io.PrintStream;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code createsuperuser}: add a staff superuser to the app's {@link UserStore}, asking for the username, an
 * optional email address and the password (typed twice, hidden), like Django's.
 *
 * <p>Interactive passwords go through Django's default validators (length 8, not too similar to the username,
 * not common, not all digits); like Django, the user may answer {@code y} to "Bypass password validation and
 * create user anyway?". With {@code --noinput} the answers come from {@code JANGO_SUPERUSER_USERNAME},
 * {@code JANGO_SUPERUSER_EMAIL} and {@code JANGO_SUPERUSER_PASSWORD} (or {@code --username}/{@code --email}),
 * and, as in Django, the password is not validated (only refused when blank). The app's start-up hooks run
 * first, so a database-backed store has its pool.
 */
@CommandLine.Command(name = "createsuperuser", description = "Create a superuser (staff, every permission), asking for username, email and password.")
final class CreateSuperuserCommand implements Command {

    static final String USERNAME_ENV = "JANGO_SUPERUSER_USERNAME";
    static final String EMAIL_ENV = "JANGO_SUPERUSER_EMAIL";
    static final String PASSWORD_ENV = "JANGO_SUPERUSER_PASSWORD";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    @CommandLine.Option(names = "--username", description = "The username (not asked for then).")
    String username;

    @CommandLine.Option(names = "--email", description = "The email address (not asked for then).")
    String email;

    @CommandLine.Option(names = {"--noinput", "--no-input"}, description = "Ask nothing: read " + USERNAME_ENV
            + ", " + EMAIL_ENV + " and " + PASSWORD_ENV + " from the environment.")
    boolean noInput;

    @Override
    public int run(CommandContext context) {
        Jango app = context.app();
        ManagedUserStore store = Users.managedStore(app);
        Users.started(app);
        try {
            if (noInput) {
                createFromEnvironment(context, store);
            } else {
                createInteractively(context, store);
            }
            context.out().println("Superuser created successfully.");
            return 0;
        } finally {
            app.stop();
        }
    }

    private void createFromEnvironment(CommandContext context, ManagedUserStore store) {
        String name = username != null ? username : context.env().get(USERNAME_ENV);
        if (name == null || name.isBlank()) {
            throw new CommandError("You must use --username with --noinput, or set " + USERNAME_ENV + ".");
        }
        String problem = usernameProblem(store, name);
        if (problem != null) {
            throw new CommandError(problem);
        }
        String address = email != null ? email : context.env().getOrDefault(EMAIL_ENV, "");
        if (!address.isEmpty() && !EMAIL.matcher(address).matches()) {
            throw new CommandError("Enter a valid email address (" + EMAIL_ENV + " or --email): '" + address + "'.");
        }
        String password = context.env().get(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            throw new CommandError("Set " + PASSWORD_ENV + " to the new superuser's password: --noinput cannot "
                    + "ask for it.");
        }
        store.createSuperuser(name, address, password);
    }

    private void createInteractively(CommandContext context, ManagedUserStore store) {
        Prompter prompter = context.prompter();
        PrintStream err = context.err();
        String name = username;
        if (name != null) {
            String problem = usernameProblem(store, name);
            if (problem != null) {
                throw new CommandError(problem);
            }
        }
        String fallback = Users.systemUsername(context);
        if (fallback.isEmpty() || usernameProblem(store, fallback) != null) {
            fallback = "";
        }
        while (name == null) {
            String answer = prompter.line(fallback.isEmpty() ? "Username: "
                    : "Username (leave blank to use '" + fallback + "'): ").strip();
            if (answer.isEmpty()) {
                answer = fallback;
            }
            String problem = answer.isEmpty() ? "This field cannot be blank." : usernameProblem(store, answer);
            if (problem == null) {
                name = answer;
            } else {
                err.println("Error: " + problem);
            }
        }
        String address = email;
        if (address != null && !address.isEmpty() && !EMAIL.matcher(address).matches()) {
            throw new CommandError("Enter a valid email address: '" + address + "'.");
        }
        while (address == null) {
            String answer = prompter.line("Email address: ").strip();
            if (answer.isEmpty() || EMAIL.matcher(answer).matches()) {
                address = answer;
            } else {
                err.println("Error: Enter a valid email address.");
            }
        }
        String password = Passwords.ask(prompter, err, name, address);
        store.createSuperuser(name, address, password);
    }

    /** Why {@code name} cannot be the new user's, or null. */
    private static String usernameProblem(UserStore store, String name) {
        if (!Users.USERNAME.matcher(name).matches()) {
            return "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters"
                    + " (at most 150).";
        }
        if (store.findByUsername(name).isPresent()) {
            return "That username is already taken.";
        }
        return null;
    }
}
