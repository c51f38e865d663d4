package dev.jango.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** jango-db is an optional dependency: without it on the class path every command but the database ones works. */
class WithoutJangoDbTest {

    record Exit(int status, String output) {}

    private static Exit run(String... args) throws Exception {
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("jango-db"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-cp", classPath, PlainApp.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Exit(process.exitValue(), output);
    }

    @Test
    void the_database_commands_say_what_to_add_and_the_others_work() throws Exception {
        Exit migrate = run("migrate");
        assertThat(migrate.status()).isEqualTo(1);
        assertThat(migrate.output()).contains("this app has no database: install one with Database.install(Jango.Builder)")
                .contains("dev.jango:jango-db").doesNotContain("NoClassDefFoundError");

        Exit check = run("check");
        assertThat(check.status()).isZero();
        assertThat(check.output()).contains("System check identified no issues.");
    }
}
