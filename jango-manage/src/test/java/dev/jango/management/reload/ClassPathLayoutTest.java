package dev.jango.management.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathLayoutTest {

    @TempDir
    Path dir;

    @Test
    void reloads_class_directories_and_leaves_jars_to_the_parent() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("out"));
        Path jar = Files.writeString(dir.resolve("lib.jar"), "not really a jar");

        ClassPathLayout layout = ClassPathLayout.of(path(classes, jar, dir.resolve("missing")), dir.resolve("m2"));

        assertThat(layout.classDirs()).containsExactly(classes);
        assertThat(layout.sources()).isEmpty();
        assertThat(layout.resourceDirs()).isEmpty();
    }

    @Test
    void leaves_jango_build_output_and_the_maven_repository_to_the_parent() throws IOException {
        Path m2 = dir.resolve("m2");
        Path exploded = Files.createDirectories(m2.resolve("org/example/lib/1.0/classes"));
        Path manage = Files.createDirectories(dir.resolve("jango-manage/target/classes/dev/jango/management"))
                .getParent().getParent().getParent();
        Path polls = Files.createDirectories(dir.resolve("polls/target/classes/com/example/polls"))
                .getParent().getParent().getParent();
        Path app = Files.createDirectories(dir.resolve("app/target/classes"));

        ClassPathLayout layout = ClassPathLayout.of(path(exploded, manage, polls, app), m2);

        assertThat(layout.classDirs()).containsExactly(polls, app);
    }

    @Test
    void finds_the_sources_and_resources_of_a_maven_project_and_reads_resources_first() throws IOException {
        Path project = dir.resolve("shop");
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        Path java = Files.createDirectories(project.resolve("src/main/java"));
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));

        ClassPathLayout layout = ClassPathLayout.of(path(classes), dir.resolve("m2"));

        assertThat(layout.sources()).containsEntry(java, classes).hasSize(1);
        assertThat(layout.resourceDirs()).containsExactly(resources);
        assertThat(layout.loaderPath()).containsExactly(resources, classes);
        assertThat(layout.watched()).containsExactlyInAnyOrder(classes, java, resources);
    }

    @Test
    void tells_the_framework_classes_from_the_apps() {
        assertThat(ClassPathLayout.isFramework("dev.jango.management.Manage")).isTrue();
        assertThat(ClassPathLayout.isFramework("dev.jango.conf.Settings")).isTrue();
        assertThat(ClassPathLayout.isFramework("com.example.polls.Main")).isFalse();
        assertThat(ClassPathLayout.isFramework("com.example.shop.Main")).isFalse();
        assertThat(ClassPathLayout.isFramework("dev.jangoish.Main")).isFalse();
    }

    private static String path(Path... entries) {
        StringBuilder text = new StringBuilder();
        for (Path p : entries) {
            text.append(text.isEmpty() ? "" : File.pathSeparator).append(p);
        }
        return text.toString();
    }
}
