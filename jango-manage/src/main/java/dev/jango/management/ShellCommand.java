package dev.jango.management;

import dev.jango.Jango;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import dev.jango.management.commands.ShellExecution;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine;

/**
 * {@code shell}: jshell, in this JVM, with the app's class path, the variables {@code settings} and {@code app}
 * bound (through {@link Shell}) and {@code dev.jango.conf.CoreSettings.*} imported. Snippets run in a class loader
 * below the app's, so they see the app's classes and the very objects the command built. {@code -c CODE} runs
 * snippets and exits.
 */
@CommandLine.Command(name = "shell", description = "Start jshell with the app's classes, 'settings' and 'app' bound.")
final class ShellCommand implements Command {

    @CommandLine.Option(names = {"-c", "--command"}, paramLabel = "CODE", description = "Run these snippets (and jshell commands), then exit.")
    String code;

    @Override
    public int run(CommandContext context) throws Exception {
        Jango app = context.app();
        ClassLoader loader = context.appSupplier().getClass().getClassLoader();
        Path startup = Files.createTempFile("jango-shell", ".jsh");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            Files.writeString(startup, "import static dev.jango.conf.CoreSettings.*;\n"
                    + "var settings = dev.jango.management.Shell.settings();\n"
                    + "var app = dev.jango.management.Shell.application();\n");
            Shell.open(app);
            thread.setContextClassLoader(loader); // jshell finds the "jango" execution engine through it
            List<String> args = List.of("--class-path", classPath(loader), "--execution",
                    ShellExecution.NAME, "--startup", "DEFAULT", "--startup",
                    startup.toString());
            JavaShellToolBuilder shell = JavaShellToolBuilder.builder();
            boolean terminal = code == null && context.prompter().isTerminal();
            if (!terminal) {
                InputStream input = code == null ? context.in() : new ByteArrayInputStream(
                        (code + "\n/exit\n").getBytes(StandardCharsets.UTF_8));
                shell.in(input, null).out(context.out()).err(context.err()).persistence(new HashMap<>())
                        .env(context.env());
            }
            return shell.start(args.toArray(String[]::new));
        } finally {
            thread.setContextClassLoader(previous);
            Shell.close();
            Files.deleteIfExists(startup);
        }
    }

    /** {@code java.class.path}, then the directories and jars of the URL class loaders from {@code loader} up. */
    static String classPath(ClassLoader loader) {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        List<URLClassLoader> chain = new ArrayList<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                chain.addFirst(urls);
            }
        }
        for (URLClassLoader urls : chain) {
            for (URL url : urls.getURLs()) {
                if (url.getProtocol().equals("file")) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a plain file: nothing jshell's compiler could read either
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
