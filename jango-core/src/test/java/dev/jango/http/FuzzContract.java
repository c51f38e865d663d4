package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.core.exceptions.HttpError;
import java.util.function.Supplier;

/**
 * The contract every fuzz target checks: a parser given hostile input returns a value or throws the documented
 * {@link HttpError} that Jango answers with a 4xx. Any other exception escapes and Jazzer reports it as a crash.
 */
final class FuzzContract {

    private FuzzContract() {}

    /** The value {@code parse} returns, or null when it refused the input with a 4xx error. */
    static <T> T valueOrClientError(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (HttpError e) {
            assertThat(e.status()).as("status of %s", e).isBetween(400, 499);
            assertThat(e.getMessage()).as("message of %s", e.getClass().getSimpleName()).isNotBlank();
            return null;
        }
    }
}
