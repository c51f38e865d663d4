package dev.jango.management;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.management.base.CommandError;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Turns an exception leaving a command into an exit status and a message for people. */
final class Failures {

    private Failures() {}

    /**
     * Print {@code e} on {@code err} and return the exit status: the message (and its causes) for failures the
     * user can act on, the stack trace for anything else or when {@code traceback} is on.
     */
    static int report(Exception e, boolean traceback, PrintStream err) {
        int status = e instanceof CommandError error ? error.status() : 1;
        if (traceback || !explained(e)) {
            e.printStackTrace(err);
            return status;
        }
        err.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !e.getMessage().contains(cause.getMessage())) {
                err.println("  caused by " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        }
        if (!(e instanceof CommandError)) {
            err.println("(run the command again with --traceback to see the stack trace)");
        }
        return status;
    }

    /**
     * Whether the JVM is exiting (Ctrl-C, SIGTERM): a command that fails then fails because of it, such as a server
     * that cannot register its shutdown hook while starting, and the user who pressed Ctrl-C needs no message.
     */
    static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    /** Whether the exception's message is meant for the user: then the stack trace would only be noise. */
    private static boolean explained(Exception e) {
        return e.getMessage() != null && (e instanceof CommandError || e instanceof ImproperlyConfigured
                || e instanceof IllegalStateException || e instanceof IllegalArgumentException
                || e instanceof IOException
                || e instanceof UncheckedIOException);
    }
}
