package dev.jango.management;

import dev.jango.Jango;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandError;
import dev.jango.management.base.CommandProvider;
import dev.jango.management.commands.BuiltinCommands;
import dev.jango.management.reload.Reloading;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Django's {@code manage.py} for a Jango app: runs the command named by the first argument.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Manage.main(args, MyApp::app);          // java ... Main runserver | check | migrate | ...
 * }
 * static Jango app() { return Jango.builder()...build(); }
 * }</pre>
 *
 * <p>Jango's commands ({@code check}, {@code routes}, {@code migrate}, {@code showmigrations}, {@code shell},
 * {@code diffsettings}, {@code runserver}), the commands libraries contribute through a {@link CommandProvider}
 * (the contrib apps' {@code createsuperuser}, {@code changepassword}, {@code collectstatic}), and the app's own
 * ({@link Builder#command}) are the same kind of object: a picocli-annotated {@link Command}. A contributed command
 * replaces a built-in of the same name, and an app's command replaces either, as in Django.
 *
 * <p>Exit statuses: 0 success; 1 the command failed ({@link CommandError}, {@code ImproperlyConfigured}: the
 * message only, the stack trace with {@code --traceback}); 2 the command line was wrong (unknown command or
 * option: the message and the command's usage). A {@code Manage} runs one command at a time.
 */
public final class Manage {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");

    private final Supplier<Jango> app;
    private final Map<String, Registered> commands;
    private final InputStream in;
    private final boolean console;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Class<?> mainClass;

    private Manage(Builder b) {
        this.app = b.app;
        this.in = b.in;
        this.console = b.console;
        this.out = b.out;
        this.err = b.err;
        this.env = Map.copyOf(b.env);
        this.mainClass = b.mainClass;
        Map<String, Registered> all = new TreeMap<>();
        for (Command builtin : builtins()) {
            Registered r = Registered.of(builtin, false);
            all.put(r.name(), r);
        }
        Map<String, Registered> contributed = new LinkedHashMap<>();
        Map<String, String> clashes = new LinkedHashMap<>();
        for (Command command : contributed()) {
            Registered r = Registered.of(command, false);
            Registered earlier = contributed.put(r.name(), r);
            if (earlier != null && earlier.command().getClass() != command.getClass()) {
                clashes.put(r.name(), earlier.command().getClass().getName() + " and " + command.getClass().getName());
            }
            all.put(r.name(), r);
        }
        Map<String, Registered> own = new LinkedHashMap<>();
        for (Command command : b.commands) {
            Registered r = Registered.of(command, true);
            if (own.put(r.name(), r) != null) {
                throw new ImproperlyConfigured("Two commands are named '" + r.name() + "' (" + command.getClass()
                        .getName() + " and " + own.get(r.name()).command().getClass().getName()
                        + "): give one of them another @Command(name = ...)");
            }
            all.put(r.name(), r);
        }
        clashes.keySet().removeAll(own.keySet()); // the app's own command settles which one runs
        if (!clashes.isEmpty()) {
            Map.Entry<String, String> clash = clashes.entrySet().iterator().next();
            throw new ImproperlyConfigured("Two libraries contribute a command named '" + clash.getKey() + "' ("
                    + clash.getValue() + "): remove one of them from the class path, or give the app a command of "
                    + "that name");
        }
        this.commands = all;
    }

    /**
     * Run the command in {@code args} (none: print the command list) on the application {@code app} supplies
     * (built when a command first asks for it), with the app's own {@code commands} beside the built-in and
     * contributed ones; exit the JVM with the command's status when it is not 0. Call it from the app's
     * {@code main}: {@code Manage.main(args, MyApp::app)}.
     *
     * @throws ImproperlyConfigured when one of {@code commands} is not a valid command (see {@link Builder#build})
     */
    public static void main(String[] args, Supplier<Jango> app, Command... commands) {
        if (Reloading.claim(app)) return; // runserver's autoreloader is loading the app again
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        Builder builder = builder(app).mainClass(caller);
        for (Command command : commands) {
            builder.command(command);
        }
        int status = builder.build().run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** A builder for a {@code Manage} over the app {@code app} supplies, to add the app's own commands or for tests. */
    public static Builder builder(Supplier<Jango> app) {
        return new Builder(app);
    }

    /**
     * Run the command named by {@code args[0]} with the rest as its options; return the exit status.
     * No arguments, {@code help} or {@code --help}: the command list; {@code help NAME}: that command's usage.
     */
    public int run(String... args) {
        List<String> argv = List.of(args);
        if (argv.isEmpty() || argv.getFirst().equals("--help") || argv.getFirst().equals("-h")) {
            CommandList.print(out, prog(), commands.values());
            return 0;
        }
        String name = argv.getFirst();
        if (name.equals("help")) {
            if (argv.size() == 1) {
                CommandList.print(out, prog(), commands.values());
                return 0;
            }
            Registered target = commands.get(argv.get(1));
            if (target == null) {
                return unknown(argv.get(1));
            }
            parser(target).usage(out);
            return 0;
        }
        Registered target = commands.get(name);
        if (target == null) {
            return unknown(name);
        }
        CommandLine line = parser(target);
        try {
            line.parseArgs(argv.subList(1, argv.size()).toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println(e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                e.getCommandLine().usage(err);
            }
            return 2;
        }
        if (line.isUsageHelpRequested()) {
            line.usage(out);
            return 0;
        }
        Context context = new Context(app, in, console, out, err, env, mainClass, argv);
        try {
            return target.command().run(context);
        } catch (Exception e) {
            if (Failures.jvmShuttingDown() && !target.options().traceback) {
                return 1; // Ctrl-C or SIGTERM arrived while the command was starting: stopping is what was asked
            }
            return Failures.report(e, target.options().traceback, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The names of the commands this {@code Manage} runs, sorted. */
    public List<String> commandNames() {
        return List.copyOf(commands.keySet());
    }

    /** The command's parser, its usage naming the program: {@code Usage: Main check [--deploy] ...}. */
    private CommandLine parser(Registered target) {
        return target.line().setCommandName(prog() + " " + target.name());
    }

    private int unknown(String name) {
        err.println("Unknown command: '" + name + "'." + Suggestions.didYouMean(name, commands.keySet()));
        err.println("Type '" + prog() + " help' for usage.");
        return 2;
    }

    private String prog() {
        return mainClass == null ? "manage" : mainClass.getSimpleName();
    }

    private static List<Command> builtins() {
        List<Command> builtins = new ArrayList<>(BuiltinCommands.all());
        builtins.add(new ShellCommand());
        builtins.add(new RunserverCommand());
        return builtins;
    }

    /** The commands of every {@link CommandProvider} the service loader finds, providers in class-name order. */
    private static List<Command> contributed() {
        List<CommandProvider> providers = new ArrayList<>();
        try {
            ServiceLoader.load(CommandProvider.class).forEach(providers::add);
        } catch (ServiceConfigurationError e) {
            throw new ImproperlyConfigured("A library's management commands cannot be loaded: " + e.getMessage(), e);
        }
        providers.sort(java.util.Comparator.comparing(provider -> provider.getClass().getName()));
        List<Command> commands = new ArrayList<>();
        for (CommandProvider provider : providers) {
            List<Command> offered = Objects.requireNonNull(provider.commands(),
                    () -> provider.getClass().getName() + ".commands() returned null");
            commands.addAll(offered);
        }
        return commands;
    }

    /** A command with the parser picocli built for it once (it resets the fields before each parse). */
    record Registered(String name, String description, boolean own, Command command, CommandLine line,
            CommonOptions options) {

        static Registered of(Command command, boolean own) {
            Objects.requireNonNull(command, "command");
            CommandLine.Command annotation = command.getClass().getAnnotation(CommandLine.Command.class);
            if (annotation == null || annotation.name().equals("<main class>")) {
                throw new ImproperlyConfigured("Command " + command.getClass().getName()
                        + " needs picocli's @CommandLine.Command(name = \"...\", description = \"...\") on its class");
            }
            String name = annotation.name();
            if (!NAME.matcher(name).matches() || name.equals("help")) {
                throw new ImproperlyConfigured("Command " + command.getClass().getName() + " is named '" + name
                        + "': use lower-case letters, digits, '-' and '_', starting with a letter ('help' is taken)");
            }
            CommandLine line = parser(command, name);
            String description = annotation.description().length == 0 ? "" : annotation.description()[0];
            return new Registered(name, description, own, command, line,
                    (CommonOptions) line.getMixins().get("common"));
        }

        /**
         * The parser of {@code command}, made the first time the instance is seen: picocli resets the fields to
         * the values they had then before each parse, so one instance runs in several {@code Manage}s cleanly.
         */
        private static CommandLine parser(Command command, String name) {
            synchronized (PARSERS) {
                CommandLine line = PARSERS.get(command);
                if (line == null) {
                    try {
                        line = new CommandLine(command);
                        line.addMixin("common", new CommonOptions());
                    } catch (CommandLine.InitializationException e) {
                        throw new ImproperlyConfigured("Command '" + name + "' (" + command.getClass().getName()
                                + ") has invalid picocli annotations: " + e.getMessage(), e);
                    }
                    PARSERS.put(command, line);
                }
                return line;
            }
        }
    }

    private static final Map<Command, CommandLine> PARSERS = new java.util.WeakHashMap<>();

    /** Builds a {@link Manage}; not thread-safe. */
    public static final class Builder {

        private final Supplier<Jango> app;
        private final List<Command> commands = new ArrayList<>();
        private InputStream in = System.in;
        private boolean console = true;
        private PrintStream out = System.out;
        private PrintStream err = System.err;
        private Map<String, String> env = System.getenv();
        private Class<?> mainClass;

        private Builder(Supplier<Jango> app) {
            this.app = Objects.requireNonNull(app, "app");
        }

        /** Add the app's own command (it replaces a built-in or contributed command of the same name). */
        public Builder command(Command command) {
            commands.add(Objects.requireNonNull(command, "command"));
            return this;
        }

        /** Read input from {@code in} instead of the terminal (prompts then read lines; nothing is hidden). */
        public Builder in(InputStream in) {
            this.in = Objects.requireNonNull(in, "in");
            this.console = false;
            return this;
        }

        /** Write output to {@code out} (default {@code System.out}). */
        public Builder out(PrintStream out) {
            this.out = Objects.requireNonNull(out, "out");
            return this;
        }

        /** Write errors to {@code err} (default {@code System.err}). */
        public Builder err(PrintStream err) {
            this.err = Objects.requireNonNull(err, "err");
            return this;
        }

        /** Use {@code env} as the environment variables (default {@code System.getenv()}). */
        public Builder env(Map<String, String> env) {
            this.env = Objects.requireNonNull(env, "env");
            return this;
        }

        /** The class whose {@code main} started this (set by {@link Manage#main}; for the autoreloader). */
        public Builder mainClass(Class<?> mainClass) {
            this.mainClass = mainClass;
            return this;
        }

        /**
         * The {@code Manage}.
         *
         * @throws ImproperlyConfigured when a command has no {@code @Command} name, a bad name, invalid picocli
         *         annotations, two of the app's commands share a name, or two libraries contribute one name
         */
        public Manage build() {
            return new Manage(this);
        }
    }
}
