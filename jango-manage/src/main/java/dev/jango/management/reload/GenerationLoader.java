package dev.jango.management.reload;

import dev.jango.Jango;
import dev.jango.gateway.Application;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import dev.jango.core.exceptions.ImproperlyConfigured;

/**
 * Loads one generation: a fresh {@link ChildFirstClassLoader} over the layout's directories, the app's
 * {@code main} run in it with a {@link Reloading} claim bound (so {@code Manage.main} hands over the app's
 * supplier instead of running a command), then the application built by that supplier and started — all with the
 * new loader as the context class loader, so that class path lookups made while configuring (Pebble's templates,
 * static files) read the new generation's resources.
 */
final class GenerationLoader {

    /** A generation that could not be loaded; the message says why, for the console. */
    static final class Failed extends Exception {

        @java.io.Serial
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message, null, false, false);
        }
    }

    private final ClassPathLayout layout;
    private final String mainClass;
    private final List<String> mainArgs;
    private final ClassLoader parent;
    private final Duration timeout;
    private int generations;

    GenerationLoader(ClassPathLayout layout, String mainClass, List<String> mainArgs, ClassLoader parent,
            Duration timeout) {
        this.layout = layout;
        this.mainClass = mainClass;
        this.mainArgs = List.copyOf(mainArgs);
        this.parent = parent;
        this.timeout = timeout;
    }

    /** Load, configure and start the next generation; nothing of it is left behind when that fails. */
    Generation load() throws Failed {
        int number = ++generations;
        ChildFirstClassLoader loader = new ChildFirstClassLoader("jango-generation-" + number, layout.loaderPath(),
                parent);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().daemon().name("jango-autoreload-main-" + number).unstarted(() -> {
            try {
                outcome.set(run(loader));
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        thread.setContextClassLoader(loader);
        thread.start();
        try {
            thread.join(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            close(loader);
            throw new Failed("Interrupted while loading the app");
        }
        Object result = outcome.get();
        if (thread.isAlive() || result == null) {
            thread.interrupt();
            close(loader);
            throw new Failed(mainClass + ".main did not return within " + timeout.toSeconds() + " s: in a reload"
                    + " generation Manage.main returns at once, so main must not wait for anything after it");
        }
        if (result instanceof Application app) {
            return new Generation(number, loader, app);
        }
        close(loader);
        throw new Failed(describe((Throwable) result));
    }

    private Application run(ChildFirstClassLoader loader) throws Exception {
        Class<?> type = Class.forName(mainClass, true, loader);
        Method main;
        try {
            main = type.getDeclaredMethod("main", String[].class);
        } catch (NoSuchMethodException e) {
            throw new Failed(mainClass + " has no main(String[]) to run again: call Manage.main from the main"
                    + " method of the class you start, or name that class with Manage.builder(...).mainClass(...)");
        }
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new Failed(mainClass + ".main must be static to be reloaded");
        }
        main.setAccessible(true);
        Reloading.Claim claim = new Reloading.Claim();
        String[] args = mainArgs.toArray(String[]::new);
        ScopedValue.where(Reloading.GENERATION, claim).call(() -> main.invoke(null, (Object) args));
        Supplier<Jango> app = claim.app();
        if (app == null) {
            throw new Failed(mainClass + ".main returned without calling Manage.main(args, app): the autoreloader"
                    + " gets the app from that call. Call Manage.main from main, or run with --noreload");
        }
        Jango application = Objects.requireNonNull(app.get(), "the app's supplier returned null");
        application.start();
        return application;
    }

    private static void close(ChildFirstClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // a loader over directories holds no open files worth reporting
        }
    }

    /** The failure as people should read it: the message for explained errors, else the stack trace. */
    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause instanceof InvocationTargetException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof Failed) {
            return cause.getMessage();
        }
        if (cause instanceof ImproperlyConfigured) {
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        StackTraceElement[] frames = cause.getStackTrace();
        int app = 0;
        while (app < frames.length && !frames[app].getClassName().startsWith("jdk.internal.reflect.")
                && !frames[app].getClassName().equals(GenerationLoader.class.getName())) {
            app++;
        }
        cause.setStackTrace(java.util.Arrays.copyOf(frames, app)); // the app's frames, not the reloader's
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        return trace.toString().strip();
    }
}
