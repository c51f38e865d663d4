package dev.jango.management.reload;

import java.io.IOException;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * A tiny Jango app written into a directory laid out like a Maven project ({@code src/main/java},
 * {@code src/main/resources/templates}, {@code target/classes}): {@code demo.Main} calls {@code Manage.main},
 * {@code demo.Views} renders the Pebble template {@code page.html} with the word {@link #word}.
 */
final class TinyApp {

    final Path root;
    final Path sources;
    final Path resources;
    final Path classes;

    TinyApp(Path root) {
        this.root = root;
        this.sources = root.resolve("src/main/java");
        this.resources = root.resolve("src/main/resources");
        this.classes = root.resolve("target/classes");
    }

    /** Write the app with {@code word} in the view and {@code heading} in the template, and build it as Maven would. */
    TinyApp write(String word, String heading) {
        write(sources.resolve("demo/Main.java"), """
                package demo;

                import dev.jango.management.Manage;

                public final class Main {
                    public static void main(String[] args) {
                        Manage.main(args, DemoApp::app);
                    }
                }
                """);
        write(sources.resolve("demo/DemoApp.java"), """
                package demo;

                import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
                import static dev.jango.conf.CoreSettings.DEBUG;
                import static dev.jango.conf.CoreSettings.SECRET_KEY;
                import static dev.jango.urls.Urls.path;

                import dev.jango.Jango;
                import dev.jango.templates.pebble.PebbleTemplates;

                final class DemoApp {
                    static Jango app() {
                        return Jango.builder(java.util.Map.of()).set(DEBUG, true).set(SECRET_KEY, "tiny-app-secret")
                                .set(ALLOWED_HOSTS, java.util.List.of("127.0.0.1", "localhost"))
                                .middleware(java.util.List.of())
                                .templateEngine(PebbleTemplates.builder().build())
                                .urls(path("", Views::page, "page"))
                                .build();
                    }
                }
                """);
        view(word);
        template(heading);
        compile();
        copyResources();
        return this;
    }

    /** Rewrite the view so that it supplies {@code word} (any Java expression text placed in a string literal). */
    void view(String word) {
        viewSource("\"" + word + "\";");
    }

    /** Rewrite the view's return statement tail: {@code tail} follows {@code String word = }. */
    void viewSource(String tail) {
        write(sources.resolve("demo/Views.java"), """
                package demo;

                import dev.jango.http.Request;
                import dev.jango.http.Response;
                import dev.jango.template.Templates;
                import dev.jango.views.Kwargs;
                import java.util.Map;

                final class Views {
                    static Response page(Request request, Kwargs kwargs) {
                        String word = %s
                        return Templates.render(request, "page.html", Map.of("word", word));
                    }
                }
                """.formatted(tail));
    }

    /** Rewrite the template so that its heading reads {@code heading}. */
    void template(String heading) {
        write(resources.resolve("templates/page.html"), "<h1>" + heading + ": {{ word }}</h1>\n");
    }

    /** Compile every source into {@code target/classes} against this JVM's class path. */
    void compile() {
        List<String> args = new ArrayList<>(List.of("--release", "25", "-parameters", "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringWriter out = new StringWriter();
        int status = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(out, true),
                new PrintWriter(out, true), args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("The tiny app does not compile:\n" + out);
        }
    }

    /** Copy {@code src/main/resources} into {@code target/classes}, as Maven's resources plugin does. */
    void copyResources() {
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = classes.resolve(resources.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
