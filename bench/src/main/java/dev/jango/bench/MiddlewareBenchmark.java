package dev.jango.bench;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;

import dev.jango.Jango;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.http.Response;
import dev.jango.middleware.ContentSecurityPolicyMiddleware;
import dev.jango.middleware.CspPolicy;
import dev.jango.middleware.GZipMiddleware;
import dev.jango.middleware.Middleware;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole cycle in-process, gateway request to gateway response, for GET /plaintext with middleware chains
 * of 0, 5 and 20 header-adding layers, the documented default stack, and the default stack plus GZip and CSP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MiddlewareBenchmark {

    @Param({"0", "5", "20", "defaults", "defaults+gzip+csp"})
    public String stack;

    private Jango app;
    private GatewayRequest request;

    @Setup
    public void setUp() {
        List<Middleware> layers = new ArrayList<>();
        switch (stack) {
            case "defaults" -> layers.addAll(Jango.defaultMiddleware());
            case "defaults+gzip+csp" -> {
                layers.addAll(Jango.defaultMiddleware());
                layers.add(1, new GZipMiddleware());
                layers.add(new ContentSecurityPolicyMiddleware(CspPolicy.builder()
                        .directive("default-src", CspPolicy.SELF).build(), null));
            }
            default -> {
                for (int i = 0; i < Integer.parseInt(stack); i++) {
                    String name = "X-Layer-" + i;
                    layers.add(next -> req -> next.handle(req).header(name, "1"));
                }
            }
        }
        app = Jango.builder(Map.of()).set(SECRET_KEY, "bench-secret").set(ALLOWED_HOSTS, List.of("localhost"))
                .middleware(layers)
                .urls(path("plaintext", (req, kwargs) -> Response.text("Hello, World!")))
                .build();
        app.start();
        request = new GatewayRequest("GET", "http", "", "/plaintext", "", "HTTP/1.1",
                Headers.of("Host", "localhost", "Accept", "text/plain", "Accept-Encoding", "gzip",
                        "User-Agent", "wrk"),
                InputStream.nullInputStream(), new InetSocketAddress("127.0.0.1", 50000),
                new InetSocketAddress("127.0.0.1", 8000));
    }

    @TearDown
    public void tearDown() {
        app.stop();
    }

    @Benchmark
    public GatewayResponse plaintext() {
        GatewayResponse response = app.call(request);
        response.completion().completed(null);
        return response;
    }
}
