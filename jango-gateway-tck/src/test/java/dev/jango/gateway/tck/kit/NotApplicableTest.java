package dev.jango.gateway.tck.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** An adapter's "not applicable" declarations, as a container-hosted adapter will make them. */
class NotApplicableTest {

    /** An adapter that serves nothing and says why for every section; never started. */
    static class NothingApplies extends AdapterTestKit {
        @Override
        protected String serverName() {
            return "none";
        }

        @Override
        protected String bannerTail() {
            return "";
        }

        @Override
        protected String ioThreadName() {
            return "none";
        }

        @Override
        protected Optional<String> notApplicable(Section section) {
            return Optional.of("the container owns " + section.name().toLowerCase());
        }
    }

    @Test
    void a_section_declared_not_applicable_is_reported_skipped_with_the_reason_and_starts_no_server() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(NothingApplies.class)).execute()
                .testEvents();

        assertThat(tests.started().count()).as("tests the kit ran").isGreaterThan(300); // 13 sections, 3 suites
        assertThat(tests.aborted().count()).isEqualTo(tests.started().count());
        assertThat(tests.failed().count()).isZero();
        assertThat(tests.succeeded().count()).isZero();
        List<String> reasons = tests.aborted().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow().getMessage())
                .distinct().toList();
        assertThat(reasons).hasSize(AdapterTestKit.Section.values().length)
                .allMatch(reason -> reason.startsWith("none: the container owns "));
        assertThat(reasons).contains("none: the container owns tls_and_http2", "none: the container owns backpressure");
    }
}
