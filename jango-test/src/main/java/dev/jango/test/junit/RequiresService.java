package dev.jango.test.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test (class or method) that needs an outside service, such as PostgreSQL, Redis or a browser
 * driver, listening on a TCP port.
 *
 * <p>When the service answers, the test runs. When it does not: with the environment variable
 * {@code CI=true} the test <em>fails</em> (CI must have every service), otherwise it is skipped with a
 * message that says how to enable it.
 *
 * <pre>{@code
 * @RequiresService(name = "PostgreSQL", port = 5432,
 *         enable = "apt-get install postgresql && service postgresql start, or run: bash .ci/run")
 * class PostgresStoreTest { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(ServiceCheck.class)
public @interface RequiresService {

    /** The service's name, for messages. */
    String name();

    /** The host it listens on. */
    String host() default "127.0.0.1";

    /** The TCP port it listens on. */
    int port();

    /** How a developer makes the service available, shown when the test is skipped or fails. */
    String enable();
}
