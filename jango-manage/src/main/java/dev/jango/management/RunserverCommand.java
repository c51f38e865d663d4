package dev.jango.management;

import dev.jango.Jango;
import dev.jango.gateway.Application;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.server.Servers;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import dev.jango.management.base.CommandError;
import dev.jango.management.reload.Autoreloader;
import dev.jango.management.reload.Reloading;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * {@code runserver [ADDRPORT] [--noreload] [--server NAME]}: Django's development server.
 *
 * <p>Serves the app on {@code ADDRPORT} ({@code 8000}, {@code 0.0.0.0:8000}, {@code [::1]:8000}, {@code 0:8000}
 * for all interfaces; default {@code 127.0.0.1:8000}) through {@link Servers} (the adapter on the class path, or
 * the one {@code --server} or {@code JANGO_SERVER} names), until Ctrl-C or SIGTERM stops it gracefully, or the
 * thread running it is interrupted. By default the app is {@link Autoreloader autoreloaded}: the server stays up
 * and each change to the app's classes, sources or resources loads a new version of the app into it;
 * {@code --noreload} serves the app once, from the class loader it was started in. An invalid {@code ADDRPORT}
 * is a usage error (exit 2); a port already in use exits with 1.
 */
@CommandLine.Command(name = "runserver",
        description = "Start a development web server; the app reloads when its code or templates change.")
public final class RunserverCommand implements Command {

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "ADDRPORT", converter = AddrPortConverter.class,
            description = "Port, or address:port, to listen on (default 127.0.0.1:8000; [::1]:8000 for IPv6).")
    AddrPort addrport = AddrPort.DEFAULT;

    @CommandLine.Option(names = "--noreload", description = "Do not reload the app when its code changes.")
    boolean noreload;

    @CommandLine.Option(names = "--server", paramLabel = "NAME",
            description = "The server adapter to use (jetty, netty); default: the only one on the class path.")
    String server;

    /** The command, for {@code Manage} to register. */
    public RunserverCommand() {}

    @Override
    public int run(CommandContext context) throws Exception {
        if (Reloading.claim(context.appSupplier())) {
            return 0; // the autoreloader is loading the app again, and main built its Manage without Manage.main
        }
        PrintStream out = context.out();
        ServerConfig config = ServerConfig.defaults().withEnvironment(context.env())
                .withAddress(addrport.host(), addrport.port()).withBanner(line -> {});
        if (server != null && !server.isBlank()) {
            config = config.withServer(server.strip());
        }
        String adapter = Servers.provider(config.server()).name();
        Autoreloader reloader = noreload ? null : autoreloader(context);
        Application app;
        if (reloader != null) {
            out.println("Watching for file changes in " + reloader.watched().stream().map(RunserverCommand::shown)
                    .collect(Collectors.joining(", ")));
            app = reloader.start();
        } else {
            app = context.app();
        }
        Server running;
        try {
            running = Servers.start(app, config);
        } catch (IllegalStateException e) {
            if (reloader != null) {
                reloader.close();
            }
            throw new CommandError("Error: cannot serve on " + addrport + ": " + e.getMessage()
                    + (e.getMessage() != null && e.getMessage().contains("in use") ? ""
                    : " (is the port already in use? pick another one: runserver 8001)"));
        }
        out.println(LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMMM dd, yyyy - HH:mm:ss", Locale.ENGLISH)));
        out.println("Jango " + version() + ", using " + (context.mainClass() == null ? "the app's settings"
                : "main class " + context.mainClass().getName()) + (reloader != null ? " (autoreload on, "
                + reloader.mode() + ")" : ""));
        out.println("Starting development server at " + running.uri() + " (" + adapter + ")");
        out.println("Quit the server with CONTROL-C.");
        out.println();
        out.println("WARNING: This is a development server. Do not use it in a production setting.");
        out.flush();
        Thread hook = new Thread(running::stop, "jango-runserver-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            running.join();
        } catch (InterruptedException e) {
            running.stop();
            Thread.currentThread().interrupt();
        } finally {
            if (reloader != null) {
                reloader.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting and the hook is running or ran: it stops the server
            }
        }
        return 0;
    }

    private static Autoreloader autoreloader(CommandContext context) {
        try {
            return Autoreloader.create(context.mainClass(), context.mainArgs(), context.out(), context.err());
        } catch (IllegalStateException e) {
            context.err().println("Autoreload is off: " + e.getMessage());
            return null;
        }
    }

    private static String shown(Path dir) {
        Path cwd = Path.of("").toAbsolutePath();
        return dir.startsWith(cwd) && !dir.equals(cwd) ? cwd.relativize(dir).toString() : dir.toString();
    }

    /** jango-core's version, from its jar's Maven metadata; unknown when it runs from a class directory. */
    private static String version() {
        try (var in = Jango.class.getResourceAsStream("/META-INF/maven/dev.jango/jango-core/pom.properties")) {
            if (in != null) {
                java.util.Properties pom = new java.util.Properties();
                pom.load(in);
                return pom.getProperty("version", "(development build)");
            }
        } catch (java.io.IOException e) {
            // an unreadable jar entry only costs us the version in the banner
        }
        return "(development build)";
    }

    /**
     * Where {@code runserver} listens, parsed from Django's {@code ADDRPORT} syntax.
     *
     * @param host an IPv4 address, an IPv6 address (without brackets) or a host name
     * @param port 0-65535 (0: any free port)
     */
    record AddrPort(String host, int port) {

        static final AddrPort DEFAULT = new AddrPort("127.0.0.1", 8000);

        private static final Pattern FORM = Pattern.compile(
                "(?:(?<ipv4>\\d{1,3}(?:\\.\\d{1,3}){3})|\\[(?<ipv6>[0-9a-fA-F:.]*:[0-9a-fA-F:.]*)]"
                        + "|(?<name>[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*"
                        + "[a-zA-Z0-9])?)*)):(?<port>\\d+)|(?<bare>\\d+)");

        /**
         * Parse {@code text}: {@code PORT}, {@code IPV4:PORT}, {@code [IPV6]:PORT}, {@code NAME:PORT}, and
         * {@code 0:PORT} for all interfaces, as Django's runserver does.
         *
         * @throws IllegalArgumentException saying what is wrong and what would be right
         */
        static AddrPort parse(String text) {
            Matcher m = FORM.matcher(text.strip());
            if (!m.matches()) {
                String hint = text.chars().filter(c -> c == ':').count() > 1 && !text.startsWith("[")
                        ? " Put an IPv6 address in brackets: [::1]:8000." : "";
                throw new IllegalArgumentException("'" + text + "' is not a valid port number or address:port pair."
                        + hint);
            }
            String digits = m.group("bare") != null ? m.group("bare") : m.group("port");
            int port = digits.length() > 5 ? -1 : Integer.parseInt(digits);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("'" + text + "': the port must be 0-65535, was " + digits + ".");
            }
            if (m.group("bare") != null) {
                return new AddrPort(DEFAULT.host(), port);
            }
            if (m.group("ipv4") != null) {
                for (String part : m.group("ipv4").split("\\.")) {
                    if (Integer.parseInt(part) > 255) {
                        throw new IllegalArgumentException("'" + text + "' is not a valid IPv4 address: each part"
                                + " must be 0-255.");
                    }
                }
                return new AddrPort(m.group("ipv4"), port);
            }
            if (m.group("ipv6") != null) {
                return new AddrPort(m.group("ipv6"), port);
            }
            String name = m.group("name");
            return new AddrPort(name.equals("0") ? "0.0.0.0" : name, port);
        }

        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** picocli's converter for {@link AddrPort}: a bad value is a usage error. */
    static final class AddrPortConverter implements CommandLine.ITypeConverter<AddrPort> {
        @Override
        public AddrPort convert(String value) {
            try {
                return AddrPort.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
