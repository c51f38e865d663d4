package dev.jango.management;

import dev.jango.conf.Settings;
import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The {@link CommandContext} of one command run. */
final class Context implements CommandContext {

    private final Supplier<Settings> app;
    private final InputStream in;
    private final boolean console;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Class<?> mainClass;
    private final List<String> mainArgs;
    private Settings settings;
    private Prompter prompter;

    Context(Supplier<Settings> app, InputStream in, boolean console, PrintStream out, PrintStream err,
            Map<String, String> env, Class<?> mainClass, List<String> mainArgs) {
        this.app = app;
        this.in = in;
        this.console = console;
        this.out = out;
        this.err = err;
        this.env = env;
        this.mainClass = mainClass;
        this.mainArgs = List.copyOf(mainArgs);
    }

    @Override
    public synchronized Settings settings() {
        if (settings == null) {
            settings = Objects.requireNonNull(app.get(), "the app's settings supplier returned null");
        }
        return settings;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public InputStream in() {
        return in;
    }

    @Override
    public Map<String, String> env() {
        return env;
    }

    @Override
    public Class<?> mainClass() {
        return mainClass;
    }

    @Override
    public List<String> mainArgs() {
        return mainArgs;
    }

    @Override
    public Supplier<Settings> app() {
        return app;
    }

    @Override
    public synchronized Prompter prompter() {
        if (prompter == null) {
            Console terminal = console ? System.console() : null;
            prompter = terminal != null && terminal.isTerminal() ? new ConsolePrompter(terminal)
                    : new StreamPrompter(in, out);
        }
        return prompter;
    }
}
