package dev.jango.management.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildFirstClassLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loads_a_class_from_its_directories_even_when_the_parent_has_it_too() throws Exception {
        Path parentDir = compile("parent", "demo.Greeting", "parent's copy");
        Path childDir = compile("child", "demo.Greeting", "child's copy");
        try (URLClassLoader parent = parentOver(parentDir);
                ChildFirstClassLoader child = new ChildFirstClassLoader("g1", List.of(childDir), parent)) {
            Class<?> type = child.loadClass("demo.Greeting");

            assertThat(type.getClassLoader()).isSameAs(child);
            assertThat(text(type)).isEqualTo("child's copy");
            assertThat(child.loadClass("demo.Greeting")).as("defined once").isSameAs(type);
        }
    }

    @Test
    void leaves_classes_it_does_not_have_to_the_parent() throws Exception {
        Path parentDir = compile("parent", "demo.Library", "from the parent");
        try (URLClassLoader parent = parentOver(parentDir);
                ChildFirstClassLoader child = new ChildFirstClassLoader("g1", List.of(dir.resolve("empty")), parent)) {
            Class<?> type = child.loadClass("demo.Library");

            assertThat(type.getClassLoader()).isSameAs(parent);
            assertThat(child.loadClass("java.lang.String")).isSameAs(String.class);
        }
    }

    @Test
    void takes_jango_classes_from_the_parent_even_when_its_directories_have_them() throws Exception {
        Path parentDir = compile("parent", "dev.jango.core.Shared", "framework");
        Path childDir = compile("child", "dev.jango.core.Shared", "a stray copy");
        Path exampleDir = compile("child", "com.example.polls.Poll", "an example app");
        try (URLClassLoader parent = parentOver(parentDir);
                ChildFirstClassLoader child = new ChildFirstClassLoader("g1", List.of(childDir), parent)) {
            assertThat(text(child.loadClass("dev.jango.core.Shared"))).isEqualTo("framework");
            assertThat(child.loadClass("com.example.polls.Poll").getClassLoader())
                    .as("an app's classes are reloaded").isSameAs(child);
            assertThat(exampleDir).isEqualTo(childDir);
        }
    }

    @Test
    void finds_a_resource_in_its_first_directory_first_then_in_the_parent() throws Exception {
        Path resources = dir.resolve("src/main/resources");
        Path classes = dir.resolve("target/classes");
        TinyApp.write(resources.resolve("templates/page.html"), "edited");
        TinyApp.write(classes.resolve("templates/page.html"), "copied by the last build");
        Path parentDir = dir.resolve("parent");
        TinyApp.write(parentDir.resolve("only-in-parent.txt"), "parent");
        try (URLClassLoader parent = parentOver(parentDir);
                ChildFirstClassLoader child = new ChildFirstClassLoader("g1", List.of(resources, classes), parent)) {
            try (var in = child.getResourceAsStream("templates/page.html")) {
                assertThat(new String(in.readAllBytes())).isEqualTo("edited");
            }
            assertThat(child.getResource("only-in-parent.txt")).isNotNull();
            assertThat(child.getResource("nowhere.txt")).isNull();
        }
    }

    @Test
    void lists_a_resource_of_its_directories_once_although_the_parent_sees_the_same_directory() throws Exception {
        Path classes = dir.resolve("target/classes");
        TinyApp.write(classes.resolve("static/site.css"), "body {}");
        Path library = dir.resolve("library");
        TinyApp.write(library.resolve("static/lib.css"), "p {}");
        try (URLClassLoader parent = new URLClassLoader(new URL[] {classes.toUri().toURL(), library.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
                ChildFirstClassLoader child = new ChildFirstClassLoader("g1", List.of(classes), parent)) {
            List<URL> found = Collections.list(child.getResources("static"));

            assertThat(found).extracting(url -> Path.of(url.toURI())).containsExactly(classes.resolve("static"),
                    library.resolve("static"));
        }
    }

    private static URLClassLoader parentOver(Path dir) throws Exception {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private static String text(Class<?> type) throws Exception {
        return type.getMethod("text").invoke(null).toString();
    }

    /** Compile a class {@code name} whose static {@code text()} returns {@code text} into {@code dir/out}. */
    private Path compile(String out, String name, String text) {
        int dot = name.lastIndexOf('.');
        Path src = dir.resolve("src-" + out + "-" + name);
        Path file = src.resolve(name.replace('.', '/') + ".java");
        TinyApp.write(file, "package " + name.substring(0, dot) + "; public class " + name.substring(dot + 1)
                + " { public static String text() { return \"" + text + "\"; } }");
        Path classes = dir.resolve(out);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), file.toString()));
        StringWriter errors = new StringWriter();
        int status = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(errors), new PrintWriter(errors),
                args.toArray(String[]::new));
        assertThat(status).as("javac: %s", errors).isZero();
        return classes;
    }
}
