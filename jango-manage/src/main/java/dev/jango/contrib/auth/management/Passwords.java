package dev.jango.contrib.auth.management;

import dev.jango.management.base.Prompter;
import java.io.PrintStream;
import java.util.List;

/** Asking for a new password twice, hidden, with Django's checks and messages. */
final class Passwords {

    private Passwords() {}

    /**
     * Ask until the two answers match, are not blank, and pass validation (or the user bypasses it with
     * {@code y}); the input ending stops the asking with a {@code CommandError}.
     */
    static String ask(Prompter prompter, PrintStream err, String username, String email) {
        while (true) {
            String password = prompter.secret("Password: ");
            String again = prompter.secret("Password (again): ");
            if (!password.equals(again)) {
                err.println("Error: Your passwords didn't match.");
                continue;
            }
            if (password.isBlank()) {
                err.println("Error: Blank passwords aren't allowed.");
                continue;
            }
            List<String> problems = PasswordValidation.problems(password, username, email);
            if (problems.isEmpty()) {
                return password;
            }
            problems.forEach(err::println);
            String bypass = prompter.line("Bypass password validation and create user anyway? [y/N]: ");
            if (bypass.strip().equalsIgnoreCase("y")) {
                return password;
            }
        }
    }
}
