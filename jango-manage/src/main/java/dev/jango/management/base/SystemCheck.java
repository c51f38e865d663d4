package dev.jango.management.base;

import dev.jango.Jango;
import java.util.List;

/**
 * A check the {@code check} command runs on the built application, contributed by a library like one registered
 * with Django's {@code @register}: middleware a contrib app needs, a component nothing uses, ...
 *
 * <p>Found through {@link java.util.ServiceLoader}: declare it with
 * {@code provides dev.jango.management.base.SystemCheck with ...} in {@code module-info.java} and in
 * {@code META-INF/services/dev.jango.management.base.SystemCheck}; it needs a public no-argument constructor.
 * Checks only read the application (they never start it or send it requests that change anything).
 */
public interface SystemCheck {

    /** What is wrong with {@code app}; empty when nothing is. */
    List<CheckMessage> check(Jango app);

    /** True when only {@code check --deploy} runs this check (Django's {@code deploy=True}). */
    default boolean deployOnly() {
        return false;
    }
}
