package dev.jango.management.commands;

import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The jshell execution engine of the {@code shell} command: snippets run in this JVM, in a class loader whose
 * parent is the thread's context class loader (the app's), so they share the app's classes and objects.
 * jshell finds it by {@link #NAME} through {@link java.util.ServiceLoader}; nothing else uses it.
 */
public final class ShellExecution implements ExecutionControlProvider {

    /** The engine's name, for jshell's {@code --execution}. */
    public static final String NAME = "jango";

    /** The provider, for {@link java.util.ServiceLoader}. */
    public ShellExecution() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new LocalExecutionControl(Thread.currentThread().getContextClassLoader());
    }
}
