package dev.jango.management.reload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles changed sources of one source tree into its class directory with the JDK's compiler, in this JVM:
 * {@code --release 25 -parameters}, against this JVM's class path, with the source tree as source path (so a changed
 * file that needs a new sibling class compiles it too).
 *
 * <p>The compiler's file manager is kept between compilations: it has opened and indexed the class path's jars
 * once, which makes the next compilation of a file or two take tens of milliseconds instead of half a second. A
 * compilation on a kept file manager that fails because a name or package was not found is tried once more on a
 * fresh one, in case the failure came from something it had cached (a package that appeared since).
 */
final class SourceCompiler {

    /**
     * What a compilation did.
     *
     * @param ok true when the compiler reported no errors
     * @param messages the errors, each as {@code file:line: error: message} followed by the source line and a
     *        caret under the column; empty when there were none
     * @param written the class files written, each with its modification time then
     * @param unresolved whether an error was a name or package not found (what a stale file manager could cause)
     */
    record Result(boolean ok, String messages, Map<Path, FileTime> written, boolean unresolved) {}

    private final JavaCompiler javac;
    private final List<String> options;
    private StandardJavaFileManager files;
    private boolean used;

    private SourceCompiler(JavaCompiler javac, String classPath) {
        this.javac = javac;
        this.options = List.of("--release", "25", "-parameters", "-encoding", "UTF-8", "-implicit:class",
                "-Xlint:none", "-nowarn", "-proc:none", "-classpath", classPath);
    }

    /**
     * A compiler against {@code classPath}.
     *
     * @throws IllegalStateException when this JVM has no Java compiler (a JRE, or an image without jdk.compiler)
     */
    static SourceCompiler create(String classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("this Java runtime has no compiler (it is a JRE): run the app on a full"
                    + " JDK to have sources compiled on change, or compile with Maven and let runserver reload the"
                    + " classes");
        }
        return new SourceCompiler(javac, classPath);
    }

    /**
     * Compile one of {@code sourceRoot}'s files into a scratch directory and forget the result, so that the
     * compiler's classes are loaded and the class path indexed before the first real edit. Failures are ignored.
     */
    synchronized void warmUp(Path sourceRoot) {
        Path scratch = null;
        try (var walk = Files.walk(sourceRoot)) {
            Path any = walk.filter(f -> f.toString().endsWith(".java")).findFirst().orElse(null);
            if (any == null) {
                return;
            }
            scratch = Files.createTempDirectory("jango-autoreload-warmup");
            attempt(sourceRoot, List.of(any), scratch);
            used = true;
        } catch (IOException | RuntimeException e) {
            // only a head start: the first real compilation just takes longer
        } finally {
            if (scratch != null) {
                delete(scratch);
            }
        }
    }

    private static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch directory left in the temp directory
        }
    }

    /** Compile {@code sources} of the tree {@code sourceRoot} into {@code classDir}. */
    synchronized Result compile(Path sourceRoot, List<Path> sources, Path classDir) {
        Result result = attempt(sourceRoot, sources, classDir);
        if (!result.ok() && result.unresolved() && used) {
            close();
            result = attempt(sourceRoot, sources, classDir);
        }
        used = true;
        return result;
    }

    private Result attempt(Path sourceRoot, List<Path> sources, Path classDir) {
        if (files == null) {
            files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        }
        List<Path> written = new ArrayList<>();
        JavaFileManager recording = new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) throws IOException {
                JavaFileObject output = super.getJavaFileForOutput(location, className, kind, sibling);
                written.add(Path.of(output.toUri()));
                return output;
            }
        };
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("-d", classDir.toString(), "-sourcepath", sourceRoot.toString()));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok = javac.getTask(null, recording, diagnostics, args, null, files.getJavaFileObjectsFromPaths(
                sources)).call();
        try {
            files.flush();
        } catch (IOException e) {
            ok = false;
        }
        Map<Path, FileTime> times = new HashMap<>();
        for (Path p : written) {
            try {
                times.put(p, Files.getLastModifiedTime(p));
            } catch (IOException e) {
                // not written after all (the compilation stopped): nothing to remember
            }
        }
        boolean unresolved = diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR
                && d.getCode() != null && (d.getCode().contains("cant.resolve") || d.getCode().contains("doesnt.exist")
                || d.getCode().contains("cant.access")));
        return new Result(ok, errors(diagnostics), times, unresolved);
    }

    private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null ? "" : Autoreloader.shown(Path.of(d.getSource().toUri()));
            text.append(text.isEmpty() ? "" : "\n").append(file).append(':').append(d.getLineNumber())
                    .append(": error: ").append(d.getMessage(Locale.ROOT));
            String line = sourceLine(d);
            if (line != null) {
                text.append('\n').append(line).append('\n')
                        .append(" ".repeat((int) Math.max(0, d.getColumnNumber() - 1))).append('^');
            }
        }
        return text.toString();
    }

    private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null || d.getLineNumber() < 1) {
            return null;
        }
        try {
            List<String> lines = d.getSource().getCharContent(true).toString().lines().toList();
            return d.getLineNumber() <= lines.size() ? lines.get((int) d.getLineNumber() - 1) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Let go of the file manager (and the jars it holds open). */
    synchronized void close() {
        if (files != null) {
            try {
                files.close();
            } catch (IOException ignored) {
                // closing jars we only read
            }
            files = null;
        }
    }
}
