package dev.jango.test.junit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Runs, skips or fails tests marked {@link RequiresService}, depending on the service and on {@code CI}. */
final class ServiceCheck implements BeforeAllCallback, BeforeEachCallback {

    private static final int CONNECT_TIMEOUT_MS = 1000;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, RequiresService.class))
                .ifPresent(ServiceCheck::require);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, RequiresService.class))
                .ifPresent(ServiceCheck::require);
    }

    private static void require(RequiresService service) {
        decide(service.name() + " at " + service.host() + ":" + service.port(),
                reachable(service.host(), service.port()), System.getenv("CI"), service.enable());
    }

    /**
     * Return normally when the test may run; skip it, or fail it on CI, when the service is unreachable.
     */
    static void decide(String service, boolean reachable, String ci, String enable) {
        if (reachable) {
            return;
        }
        String message = service + " is not reachable. To run this test: " + enable;
        if ("true".equalsIgnoreCase(ci)) {
            throw new AssertionError(message + " (CI=true: every service must be available)");
        }
        Assumptions.abort(message);
    }

    /** True when something accepts TCP connections at {@code host:port}. */
    static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
