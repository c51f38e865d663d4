package dev.jango.bench;

import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;

import dev.jango.http.Response;
import dev.jango.urls.ResolverMatch;
import dev.jango.urls.UrlEntry;
import dev.jango.urls.UrlResolver;
import dev.jango.views.View;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * URL resolution as the route table grows: a realistic mix of static routes, routes with converters and
 * namespaced includes, resolving a dynamic route declared last, a static one, and a miss.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoutingBenchmark {

    @Param({"10", "1000", "10000"})
    public int routes;

    private UrlResolver resolver;
    private String lastDynamic;
    private String firstStatic;

    @Setup
    public void setUp() {
        View view = (request, kwargs) -> Response.text("x");
        List<UrlEntry> entries = new ArrayList<>();
        int groups = Math.max(1, routes / 5);
        for (int i = 0; i < groups; i++) {
            entries.add(path("page" + i + "/", view, "page" + i));
            entries.add(path("items" + i + "/<int:id>/", view, "item" + i));
            entries.add(include("app" + i + "/", List.of(
                    path("", view, "index"),
                    path("<slug:slug>/", view, "detail"),
                    path("<int:year>/<int:month>/", view, "archive")), "app" + i));
        }
        resolver = UrlResolver.of(entries);
        lastDynamic = "/app" + (groups - 1) + "/2024/05/";
        firstStatic = "/page0/";
    }

    @Benchmark
    public ResolverMatch dynamicRouteDeclaredLast() {
        return resolver.resolve(lastDynamic);
    }

    @Benchmark
    public ResolverMatch staticRoute() {
        return resolver.resolve(firstStatic);
    }

    @Benchmark
    public ResolverMatch miss() {
        return resolver.resolve("/nothing/here/");
    }
}
