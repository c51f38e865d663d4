package dev.jango.management;

import dev.jango.Jango;
import dev.jango.management.base.CommandContext;
import dev.jango.management.base.Prompter;
import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The {@link CommandContext} of one command run. */
final class Context implements CommandContext {

    private final Supplier<Jango> supplier;
    private final InputStream in;
    private final boolean console;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Class<?> mainClass;
    private final List<String> mainArgs;
    private Jango app;
    private Prompter prompter;

    Context(Supplier<Jango> supplier, InputStream in, boolean console, PrintStream out, PrintStream err,
            Map<String, String> env, Class<?> mainClass, List<String> mainArgs) {
        this.supplier = supplier;
        this.in = in;
        this.console = console;
        this.out = out;
        this.err = err;
        this.env = env;
        this.mainClass = mainClass;
        this.mainArgs = List.copyOf(mainArgs);
    }

    @Override
    public synchronized Jango app() {
        if (app == null) {
            app = Objects.requireNonNull(supplier.get(), "the app's supplier returned null");
        }
        return app;
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
    public Supplier<Jango> appSupplier() {
        return supplier;
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
