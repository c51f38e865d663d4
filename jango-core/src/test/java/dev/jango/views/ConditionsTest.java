package dev.jango.views;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.conf.Settings;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.http.TestGateway;
import dev.jango.middleware.XFrameOptionsMiddleware;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private static final Settings SETTINGS = Settings.builder(Map.of()).set(DEBUG, true).build();
    private static final Instant MODIFIED = Instant.parse("1994-11-06T08:49:37.500Z");

    private final AtomicInteger runs = new AtomicInteger();
    private final View view = (request, kwargs) -> {
        runs.incrementAndGet();
        return Response.text("saved");
    };

    private static Request request(String method, String... headers) {
        return Request.from(TestGateway.request(method, "/doc", new byte[0], headers), SETTINGS);
    }

    @Test
    void stops_a_put_with_a_stale_if_match_before_the_view_runs() throws Exception {
        View decorated = Conditions.etag((r, k) -> "v2", view);
        Response response = decorated.handle(request("PUT", "If-Match", "\"v1\""), Kwargs.empty());
        assertThat(response.status()).isEqualTo(412);
        assertThat(runs).hasValue(0);
        assertThat(decorated.handle(request("PUT", "If-Match", "\"v2\""), Kwargs.empty()).status()).isEqualTo(200);
        assertThat(runs).hasValue(1);
    }

    @Test
    void stops_a_delete_with_an_older_if_unmodified_since_and_a_post_with_a_matching_if_none_match()
            throws Exception {
        View decorated = Conditions.condition((r, k) -> "\"v2\"", (r, k) -> MODIFIED, view);
        assertThat(decorated.handle(request("DELETE", "If-Unmodified-Since", "Sat, 05 Nov 1994 08:49:37 GMT"),
                Kwargs.empty()).status()).isEqualTo(412);
        assertThat(decorated.handle(request("POST", "If-None-Match", "*"), Kwargs.empty()).status())
                .isEqualTo(412);
        assertThat(runs).hasValue(0);
    }

    @Test
    void answers_a_get_with_304_without_running_the_view() throws Exception {
        View decorated = Conditions.condition((r, k) -> "W/\"v2\"", (r, k) -> MODIFIED, view);
        Response byTag = decorated.handle(request("GET", "If-None-Match", "\"v2\""), Kwargs.empty());
        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byTag.content()).isEmpty();
        assertThat(byTag.header("ETag")).isEqualTo("W/\"v2\"");
        assertThat(byTag.header("Last-Modified")).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        Response byDate = Conditions.lastModified((r, k) -> MODIFIED, view)
                .handle(request("HEAD", "If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT"), Kwargs.empty());
        assertThat(byDate.status()).isEqualTo(304);
        assertThat(runs).hasValue(0);
    }

    @Test
    void runs_the_view_and_sets_etag_and_last_modified_when_the_preconditions_pass() throws Exception {
        View decorated = Conditions.condition((r, k) -> "v2", (r, k) -> MODIFIED, view);
        Response response = decorated.handle(request("GET", "If-None-Match", "\"v1\""), Kwargs.empty());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("saved");
        assertThat(response.header("ETag")).isEqualTo("\"v2\"");
        assertThat(response.header("Last-Modified")).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        Response put = decorated.handle(request("PUT"), Kwargs.empty());
        assertThat(put.header("ETag")).as("stale after a change").isNull();
        assertThat(runs).hasValue(2);
    }

    @Test
    void null_values_mean_unknown_and_an_etag_with_a_quote_inside_is_refused() throws Exception {
        View unknown = Conditions.condition((r, k) -> null, (r, k) -> null, view);
        assertThat(unknown.handle(request("GET", "If-None-Match", "*"), Kwargs.empty()).status()).isEqualTo(200);
        assertThat(unknown.handle(request("PUT", "If-Match", "*"), Kwargs.empty()).status()).isEqualTo(412);
        View bad = Conditions.etag((r, k) -> "a\"b", view);
        assertThatThrownBy(() -> bad.handle(request("GET"), Kwargs.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a\"b");
        assertThatThrownBy(() -> Conditions.condition(null, null, view))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_the_decorated_views_metadata() {
        View marked = Views.withMeta(view, "csrfExempt", true);
        assertThat(Conditions.etag((r, k) -> "v", marked).meta()).containsEntry("csrfExempt", true);
        assertThat(XFrameOptionsMiddleware.exempt(Conditions.lastModified((r, k) -> MODIFIED, marked)).meta())
                .containsEntry("csrfExempt", true);
    }
}
