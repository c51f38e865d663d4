package dev.jango.management.reload;

import dev.jango.gateway.Application;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Django's development autoreloader, in one JVM: the server keeps running and its port stays bound while the app
 * is loaded again, in a fresh class loader, whenever its code or resources change.
 *
 * <p>{@link #start()} loads the first generation and returns the application to serve: it forwards every request
 * to the newest generation that loaded. The watched directories are the reloadable class directories of the class
 * path and, for Maven projects, {@code src/main/java} and {@code src/main/resources} (see {@link ClassPathLayout}).
 * A saved {@code .java} file is compiled into its class directory (with any that failed to compile last time;
 * files that merely depend on it are not recompiled); compile errors are printed and the last good version keeps
 * serving. Any other change loads a new generation (the app's {@code main} run again, its application
 * built, then started); when that fails the error is printed and, again, the last good version keeps
 * serving. Each reload prints one line, such as {@code Reloaded in 212 ms (src/main/java/app/Views.java changed)}.
 *
 * <p>A replaced generation finishes the requests it has, then is stopped and its class loader closed, so that it
 * can be collected. What the app registers in JVM-wide places outlives it (a converter passed to
 * {@code Urls.registerConverter}, a thread it started and never stopped, a JDBC driver it registered).
 */
public final class Autoreloader implements AutoCloseable {

    /** How long the watcher waits for quiet before acting on a burst of changes. */
    static final Duration DEBOUNCE = Duration.ofMillis(150);
    /** How long a replaced generation may finish its requests before it is stopped anyway. */
    static final Duration GRACE = Duration.ofSeconds(5);
    /** How long the app's {@code main} may take to hand over its app supplier. */
    static final Duration MAIN_TIMEOUT = Duration.ofSeconds(60);

    private final ClassPathLayout layout;
    private final GenerationLoader loader;
    private final SourceCompiler compiler;
    private final PrintStream out;
    private final PrintStream err;
    private final SwappingApplication app;
    private final Map<Path, FileTime> ownOutput = new HashMap<>();
    private final Set<Path> failed = new java.util.LinkedHashSet<>();
    private DirectoryWatcher watcher;

    private Autoreloader(ClassPathLayout layout, String mainClass, List<String> mainArgs, ClassLoader parent,
            PrintStream out, PrintStream err) {
        this.layout = layout;
        this.loader = new GenerationLoader(layout, mainClass, mainArgs, parent, MAIN_TIMEOUT);
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.app = new SwappingApplication(GRACE, err::println, this::close);
        SourceCompiler javac = null;
        if (!layout.sources().isEmpty()) {
            try {
                javac = SourceCompiler.create(layout.compileClassPath());
            } catch (IllegalStateException noJavac) {
                err.println("Sources are not compiled on change: " + noJavac.getMessage());
            }
        }
        this.compiler = javac;
    }

    /**
     * An autoreloader for the app whose {@code main} is in {@code mainClass}, run again with {@code mainArgs},
     * over this JVM's class path; reload lines go to {@code out}, errors to {@code err}.
     *
     * @throws IllegalStateException when the app cannot be reloaded, saying why: there is no main class, or it
     *         does not come from a class directory of the class path (a jar cannot change under a running JVM).
     *         A runtime without {@code javac} only prints a warning: classes and resources still reload, sources
     *         are not compiled.
     */
    public static Autoreloader create(Class<?> mainClass, List<String> mainArgs, PrintStream out, PrintStream err) {
        if (mainClass == null) {
            throw new IllegalStateException("no main class is known (start through Manage.main, or give"
                    + " Manage.builder(...).mainClass(Main.class))");
        }
        ClassPathLayout layout = ClassPathLayout.ofThisJvm();
        if (layout.classDirOf(mainClass.getName()).isEmpty()) {
            throw new IllegalStateException(mainClass.getName() + " is not in a class directory of the class path"
                    + " (it comes from " + where(mainClass) + "); run it from target/classes to have it reloaded");
        }
        return new Autoreloader(layout, mainClass.getName(), mainArgs, mainClass.getClassLoader(), out, err);
    }

    /** An autoreloader over {@code layout}, for tests: generations run {@code mainClass} below {@code parent}. */
    static Autoreloader over(ClassPathLayout layout, String mainClass, List<String> mainArgs, ClassLoader parent,
            PrintStream out, PrintStream err) {
        return new Autoreloader(layout, mainClass, mainArgs, parent, out, err);
    }

    private static String where(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? "the JDK" : source.getLocation().toString();
    }

    /**
     * Load the first generation, start watching, and return the application to serve. When the first
     * generation fails, the error is printed and the application answers 503 (saying why) until a change fixes it.
     */
    public Application start() {
        try {
            app.swap(loader.load());
        } catch (GenerationLoader.Failed e) {
            app.missing(e.getMessage());
            err.println(e.getMessage());
            err.println("Fix the error and save: the app is loaded again on the next change.");
        }
        watcher = new DirectoryWatcher(layout.watched(), DEBOUNCE, this::changed, err::println).start();
        if (compiler != null) {
            Path root = layout.sources().keySet().iterator().next();
            Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("jango-autoreload-warmup")
                    .start(() -> compiler.warmUp(root));
        }
        return app;
    }

    /** The directories watched for changes. */
    public List<Path> watched() {
        return layout.watched();
    }

    /** How changes are noticed: {@code "file events"} or {@code "polling"}; null before {@link #start()}. */
    public String mode() {
        return watcher == null ? null : watcher.mode();
    }

    /**
     * Stop watching and let go of the compiler (the server stopping the application does it too); the serving
     * generation is untouched.
     */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (compiler != null) {
            compiler.close();
        }
    }

    private void changed(Set<Path> paths) {
        long started = System.nanoTime();
        List<Path> relevant = new ArrayList<>();
        for (Path p : paths) {
            if (!isOwnOutput(p) && !ignored(p)) {
                relevant.add(p);
            }
        }
        ownOutput.clear();
        if (relevant.isEmpty()) {
            return;
        }
        Map<Path, List<Path>> sources = new LinkedHashMap<>();
        for (Path p : failed) { // what did not compile last time is compiled again with the new changes
            if (Files.isRegularFile(p) && !relevant.contains(p)) {
                sources.computeIfAbsent(sourceRootOf(p), r -> new ArrayList<>()).add(p);
            }
        }
        boolean other = false;
        for (Path p : relevant) {
            Path root = sourceRootOf(p);
            if (root == null) {
                other = true;
            } else if (p.toString().endsWith(".java") && Files.isRegularFile(p) && compiler != null) {
                sources.computeIfAbsent(root, r -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<Path, List<Path>> e : sources.entrySet()) {
            SourceCompiler.Result result = compiler.compile(e.getKey(), e.getValue(), layout.sources().get(e.getKey()));
            ownOutput.putAll(result.written());
            if (!result.ok()) {
                failed.addAll(e.getValue());
                err.println("Compilation failed (" + describe(e.getValue()) + "); "
                        + (app.current() == null ? "no version of the app is serving yet:" : "still serving the"
                        + " last good version:"));
                err.println(result.messages());
                return;
            }
        }
        failed.clear();
        if (other || !sources.isEmpty()) {
            reload(describe(relevant), started);
        }
    }

    private void reload(String reason, long started) {
        try {
            Generation next = loader.load();
            app.swap(next);
            out.println("Reloaded in " + (System.nanoTime() - started) / 1_000_000 + " ms (" + reason + ")");
        } catch (GenerationLoader.Failed e) {
            if (app.current() == null) {
                app.missing(e.getMessage());
            }
            err.println("Reload failed (" + reason + "); " + (app.current() == null
                    ? "no version of the app is serving yet:" : "still serving the last good version:"));
            err.println(e.getMessage());
        }
    }

    private boolean isOwnOutput(Path p) {
        FileTime written = ownOutput.get(p);
        if (written == null) {
            return false;
        }
        try {
            return Files.getLastModifiedTime(p).equals(written);
        } catch (IOException e) {
            return false;
        }
    }

    /** Directories and editors' scratch files (backups, swap and lock files) are not changes to the app. */
    private static boolean ignored(Path p) {
        if (Files.isDirectory(p)) {
            return true;
        }
        String name = p.getFileName().toString();
        return name.endsWith("~") || name.startsWith(".#") || name.startsWith("#") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp") || name.equals("4913");
    }

    private Path sourceRootOf(Path p) {
        for (Path root : layout.sources().keySet()) {
            if (p.startsWith(root)) {
                return root;
            }
        }
        return null;
    }

    private static String describe(List<Path> changed) {
        // files that are still there first: editors save through temporary files that are gone by now
        List<Path> sorted = changed.stream().sorted(java.util.Comparator.comparing(p -> !Files.exists(p))).toList();
        List<String> names = sorted.stream().limit(3).map(Autoreloader::shown).toList();
        return String.join(", ", names) + (changed.size() > names.size() ? " and " + (changed.size() - names.size())
                + " more" : "") + " changed";
    }

    /** {@code path} relative to the working directory when it is inside it, else in full. */
    static String shown(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) && !path.equals(cwd) ? cwd.relativize(path).toString() : path.toString();
    }
}
