package dev.jango.management.reload;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Compiles changed sources of one source tree into its class directory with the JDK's {@code javac}, in this JVM:
 * {@code --release 25 -parameters}, the class path of this JVM, the source tree as source path (so a changed file
 * that needs a new sibling class compiles it too).
 */
final class SourceCompiler {

    /**
     * What a compilation did.
     *
     * @param ok true when javac reported no errors
     * @param messages javac's diagnostics, one {@code file:line: error: message} line each (with its source
     *        excerpt), empty when there was nothing to say
     * @param written the class files written, each with its modification time then
     */
    record Result(boolean ok, String messages, Map<Path, FileTime> written) {}

    private final ToolProvider javac;
    private final String classPath;

    private SourceCompiler(ToolProvider javac, String classPath) {
        this.javac = javac;
        this.classPath = classPath;
    }

    /**
     * A compiler against {@code classPath}.
     *
     * @throws IllegalStateException when this JVM has no {@code javac} (a JRE, or a jlinked image without
     *         jdk.compiler): autoreload then cannot compile sources
     */
    static SourceCompiler create(String classPath) {
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new IllegalStateException(
                "This Java runtime has no javac (it is a JRE): run the app on a full JDK to have sources compiled"
                        + " on change, or compile with Maven and let runserver reload the classes"));
        return new SourceCompiler(javac, classPath);
    }

    /** Compile {@code files} of the tree {@code sourceRoot} into {@code classDir}. */
    Result compile(Path sourceRoot, List<Path> files, Path classDir) {
        long started = System.currentTimeMillis() - 1000; // file systems keep coarse times: err on the early side
        List<String> args = new ArrayList<>(List.of("--release", "25", "-parameters", "-encoding", "UTF-8",
                "-implicit:class", "-Xlint:none", "-nowarn", "-d", classDir.toString(), "-sourcepath",
                sourceRoot.toString(), "-classpath", classPath));
        files.forEach(f -> args.add(Autoreloader.shown(f))); // relative names make javac's messages short
        StringWriter text = new StringWriter();
        int status;
        try (PrintWriter out = new PrintWriter(text)) {
            status = javac.run(out, out, args.toArray(String[]::new));
        }
        return new Result(status == 0, text.toString().strip(), writtenSince(classDir, started));
    }

    private static Map<Path, FileTime> writtenSince(Path classDir, long millis) {
        Map<Path, FileTime> written = new HashMap<>();
        try (Stream<Path> files = Files.walk(classDir)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                try {
                    FileTime time = Files.getLastModifiedTime(f);
                    if (time.toMillis() >= millis) {
                        written.put(f, time);
                    }
                } catch (IOException e) {
                    // deleted meanwhile: not ours to report
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the compiled classes in " + classDir, e);
        }
        return written;
    }
}
