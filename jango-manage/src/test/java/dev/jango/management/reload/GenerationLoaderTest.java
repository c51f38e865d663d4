package dev.jango.management.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationLoaderTest {

    @TempDir
    Path dir;

    private final List<String> errors = new CopyOnWriteArrayList<>();

    @Test
    void loads_the_app_in_a_fresh_loader_and_a_replaced_generation_can_be_garbage_collected() throws Exception {
        TinyApp app = new TinyApp(dir).write("alpha", "Version one");
        GenerationLoader loader = loader(app, "demo.Main");

        Generation first = loader.load();
        Generation second = loader.load();
        assertThat(Class.forName("demo.Main", false, first.loader()).getClassLoader()).isSameAs(first.loader());
        assertThat(Class.forName("demo.Views", false, second.loader()))
                .isNotSameAs(Class.forName("demo.Views", false, first.loader()));
        WeakReference<ClassLoader> firstLoader = new WeakReference<>(first.loader());
        first.retire(Duration.ZERO, errors::add);
        first = null;

        for (int i = 0; i < 50 && firstLoader.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(firstLoader.get()).as("the retired generation's class loader was collected").isNull();
        assertThat(errors).isEmpty();
        second.retire(Duration.ZERO, errors::add);
    }

    @Test
    void a_main_that_builds_its_own_manage_is_reloaded_too() throws Exception {
        TinyApp app = new TinyApp(dir).write("alpha", "Version one");
        TinyApp.write(app.sources.resolve("demo/Built.java"), """
                package demo;
                public class Built {
                    public static void main(String[] args) {
                        int status = dev.jango.management.Manage.builder(DemoApp::app).mainClass(Built.class)
                                .build().run(args);
                        if (status != 0) {
                            throw new IllegalStateException("exit " + status);
                        }
                    }
                }
                """);
        app.compile();

        Generation generation = loader(app, "demo.Built").load();

        assertThat(generation.app()).isNotNull();
        generation.retire(Duration.ZERO, errors::add);
        assertThat(errors).isEmpty();
    }

    @Test
    void a_main_class_without_main_fails_saying_so() {
        TinyApp app = new TinyApp(dir).write("alpha", "Version one");

        assertThatThrownBy(() -> loader(app, "demo.DemoApp").load()).isInstanceOf(GenerationLoader.Failed.class)
                .hasMessageContaining("demo.DemoApp has no main(String[]) to run again");
    }

    @Test
    void a_main_that_never_calls_manage_fails_saying_so() {
        TinyApp app = new TinyApp(dir).write("alpha", "Version one");
        TinyApp.write(app.sources.resolve("demo/Plain.java"),
                "package demo; public class Plain { public static void main(String[] args) {} }");
        app.compile();

        assertThatThrownBy(() -> loader(app, "demo.Plain").load()).isInstanceOf(GenerationLoader.Failed.class)
                .hasMessageContaining("demo.Plain.main returned without calling Manage.main(args, app)")
                .hasMessageContaining("--noreload");
    }

    @Test
    void an_app_that_cannot_be_built_fails_with_the_apps_message() {
        TinyApp app = new TinyApp(dir).write("alpha", "Version one");
        TinyApp.write(app.sources.resolve("demo/Broken.java"), """
                package demo;
                public class Broken {
                    public static void main(String[] args) {
                        dev.jango.management.Manage.main(args, () -> {
                            throw new dev.jango.core.exceptions.ImproperlyConfigured("DATABASE_URL is not set");
                        });
                    }
                }
                """);
        app.compile();

        assertThatThrownBy(() -> loader(app, "demo.Broken").load()).isInstanceOf(GenerationLoader.Failed.class)
                .hasMessage("ImproperlyConfigured: DATABASE_URL is not set");
    }

    @Test
    void an_exception_in_main_is_reported_with_its_stack_trace() {
        TinyApp app = new TinyApp(dir).write("alpha", "Version one");
        TinyApp.write(app.sources.resolve("demo/Crash.java"), """
                package demo;
                public class Crash {
                    public static void main(String[] args) {
                        throw new IllegalStateException("cannot read config.toml");
                    }
                }
                """);
        app.compile();

        assertThatThrownBy(() -> loader(app, "demo.Crash").load()).isInstanceOf(GenerationLoader.Failed.class)
                .hasMessageStartingWith("java.lang.IllegalStateException: cannot read config.toml")
                .hasMessageContaining("demo.Crash.main(Crash.java:4)").hasMessageNotContaining("GenerationLoader");
    }

    private GenerationLoader loader(TinyApp app, String mainClass) {
        ClassPathLayout layout = ClassPathLayout.of(app.classes.toString(), dir.resolve("m2"));
        return new GenerationLoader(layout, mainClass, List.of("runserver"), getClass().getClassLoader(),
                Duration.ofSeconds(20));
    }
}
