package dev.jango.core.handlers;

/** Code to run when the application starts or stops: {@code Jango.builder().onStartup(...)}. */
@FunctionalInterface
public interface LifecycleHook {

    /** Run the hook; an exception at start-up stops the application from starting. */
    void run() throws Exception;
}
