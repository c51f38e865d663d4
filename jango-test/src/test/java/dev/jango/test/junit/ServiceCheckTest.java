package dev.jango.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ServiceCheckTest {

    @Test
    void a_reachable_service_lets_the_test_run() {
        assertThatCode(() -> ServiceCheck.decide("PostgreSQL", true, "true", "x")).doesNotThrowAnyException();
        assertThatCode(() -> ServiceCheck.decide("PostgreSQL", true, null, "x")).doesNotThrowAnyException();
    }

    @Test
    void a_missing_service_skips_the_test_with_how_to_enable_it() {
        assertThatThrownBy(() -> ServiceCheck.decide("Redis at 127.0.0.1:6379", false, null, "apt-get install redis-server"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Redis at 127.0.0.1:6379 is not reachable")
                .hasMessageContaining("apt-get install redis-server");
    }

    @Test
    void a_missing_service_fails_the_test_on_ci() {
        assertThatThrownBy(() -> ServiceCheck.decide("Redis", false, "true", "apt-get install redis-server"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CI=true");
    }

    @Test
    void reachability_is_a_real_tcp_connect() throws Exception {
        int port;
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = listening.getLocalPort();
            assertThat(ServiceCheck.reachable("127.0.0.1", port)).isTrue();
        }
        assertThat(ServiceCheck.reachable("127.0.0.1", port)).isFalse();
    }
}
