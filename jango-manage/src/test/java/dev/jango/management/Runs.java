package dev.jango.management;

import dev.jango.Jango;
import dev.jango.management.base.Command;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/** Runs a {@link Manage} in-process with captured streams, for tests. */
public final class Runs {

    private final Manage.Builder builder;

    private Runs(Supplier<Jango> app) {
        this.builder = Manage.builder(app).env(Map.of()).in(new ByteArrayInputStream(new byte[0]));
    }

    /** A run of the app {@code app}. */
    public static Runs of(Supplier<Jango> app) {
        return new Runs(app);
    }

    /** Add a command of the app. */
    public Runs command(Command command) {
        builder.command(command);
        return this;
    }

    /** Answer prompts with {@code input}. */
    public Runs input(String input) {
        builder.in(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Use {@code env} as the environment. */
    public Runs env(Map<String, String> env) {
        builder.env(env);
        return this;
    }

    /** The builder, for what this class does not cover. */
    public Manage.Builder builder() {
        return builder;
    }

    /** Run {@code args}. */
    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = builder.out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8)).build().run(args);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a run printed and its exit status. */
    public record Result(int status, String out, String err) {}
}
