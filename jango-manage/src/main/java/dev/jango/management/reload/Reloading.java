package dev.jango.management.reload;

import dev.jango.Jango;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The hand-over between an app's {@code main} and the autoreloader that runs it again in a fresh class loader.
 *
 * <p>Each reload generation calls the app's {@code main} on a thread where a claim is bound; {@code Manage.main}
 * asks {@link #claim} first and, inside a generation, returns at once instead of running a command: the
 * autoreloader builds the new application from the app's supplier. Outside a generation nothing happens.
 */
public final class Reloading {

    /** Bound on the thread that runs a generation's {@code main}; holds what {@code Manage.main} hands over. */
    static final ScopedValue<Claim> GENERATION = ScopedValue.newInstance();

    private Reloading() {}

    /**
     * Hand {@code app} to the reload generation running on this thread; return true when there was one (the
     * caller then returns without doing anything else) and false otherwise (the caller goes on as usual).
     * Only the first claim of a generation counts: {@code main} calling {@code Manage.main} twice gets true twice
     * but the second supplier is ignored.
     */
    public static boolean claim(Supplier<Jango> app) {
        Objects.requireNonNull(app, "app");
        if (!GENERATION.isBound()) {
            return false;
        }
        GENERATION.get().offer(app);
        return true;
    }

    /** The slot one generation's {@code main} fills. */
    static final class Claim {

        private volatile Supplier<Jango> app;

        void offer(Supplier<Jango> offered) {
            if (app == null) {
                app = offered;
            }
        }

        Supplier<Jango> app() {
            return app;
        }
    }
}
