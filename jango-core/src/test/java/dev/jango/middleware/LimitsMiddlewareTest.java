package dev.jango.middleware;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Building the limits layer (the limits at work need a real server: jango-test's LimitsMiddlewareOverJettyTest). */
class LimitsMiddlewareTest {

    @Test
    void bad_limits_are_refused_when_built() {
        assertThatThrownBy(() -> LimitsMiddleware.builder().maxConcurrentRequests(-1)).hasMessageContaining("0 (no cap)");
        assertThatThrownBy(() -> LimitsMiddleware.builder().requestTimeout(Duration.ZERO)).hasMessageContaining("positive");
    }
}
