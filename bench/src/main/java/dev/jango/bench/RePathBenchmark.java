package dev.jango.bench;

import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;
import static dev.jango.urls.Urls.rePath;

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
 * Regular-expression routes as the table grows (anchored {@code rePath} routes, as a project ported from Django's
 * {@code url()} has them), a path route declared after them, and {@code reverse()} of a namespaced name.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RePathBenchmark {

    @Param({"10", "1000"})
    public int routes;

    private UrlResolver resolver;
    private String lastRegex;
    private String namespaced;

    @Setup
    public void setUp() {
        View view = (request, kwargs) -> Response.text("x");
        List<UrlEntry> entries = new ArrayList<>();
        for (int i = 0; i < routes; i++) {
            entries.add(rePath("^legacy" + i + "/(?P<id>[0-9]+)/$", view, "legacy" + i));
        }
        for (int i = 0; i < Math.max(1, routes / 10); i++) {
            entries.add(include("app" + i + "/", List.of(path("<slug:slug>/", view, "detail")), "app" + i));
        }
        entries.add(path("about/", view, "about"));
        resolver = UrlResolver.of(entries);
        lastRegex = "/legacy" + (routes - 1) + "/42/";
        namespaced = "app" + (Math.max(1, routes / 10) - 1) + ":detail";
    }

    @Benchmark
    public ResolverMatch regexRouteDeclaredLast() {
        return resolver.resolve(lastRegex);
    }

    @Benchmark
    public ResolverMatch pathRouteAfterRegexRoutes() {
        return resolver.resolve("/about/");
    }

    @Benchmark
    public String reverseNamespaced() {
        return resolver.reverse(namespaced, "a-slug");
    }
}
