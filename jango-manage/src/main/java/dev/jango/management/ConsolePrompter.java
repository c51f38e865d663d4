package dev.jango.management;

import dev.jango.management.base.Prompter;
import java.io.Console;

/** Questions on the terminal; secrets typed without echo. */
final class ConsolePrompter implements Prompter {

    private final Console console;

    ConsolePrompter(Console console) {
        this.console = console;
    }

    @Override
    public String line(String prompt) {
        String answer = console.readLine("%s", prompt);
        if (answer == null) {
            throw StreamPrompter.cancelled();
        }
        return answer;
    }

    @Override
    public String secret(String prompt) {
        char[] answer = console.readPassword("%s", prompt);
        if (answer == null) {
            throw StreamPrompter.cancelled();
        }
        String secret = new String(answer);
        java.util.Arrays.fill(answer, '\0');
        return secret;
    }

    @Override
    public boolean isTerminal() {
        return true;
    }
}
