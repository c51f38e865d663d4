package dev.jango.middleware;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Content-Security-Policy: policies, the lazy nonce, report-only, per-view overrides, bad configuration. */
class ContentSecurityPolicyTest {

    static final CspPolicy POLICY = CspPolicy.builder().directive("default-src", CspPolicy.SELF)
            .directive("script-src", CspPolicy.SELF, CspPolicy.NONCE).directive("upgrade-insecure-requests").build();
    static final CspPolicy REPORT = CspPolicy.builder().directive("default-src", CspPolicy.NONE)
            .directive("report-uri", "/csp-report/").build();

    private final Client client = new Client(Jango.builder(Map.of()).set(DEBUG, true)
            .set(ALLOWED_HOSTS, List.of("testserver"))
            .middleware(new ContentSecurityPolicyMiddleware(POLICY, REPORT))
            .urls(
                    path("plain/", (request, kwargs) -> Response.text("no scripts")),
                    path("script/", (request, kwargs) -> {
                        String nonce = ContentSecurityPolicyMiddleware.nonce(request);
                        assertThat(ContentSecurityPolicyMiddleware.nonce(request)).isEqualTo(nonce);
                        return Response.html("<script nonce=\"" + nonce + "\">go()</script>");
                    }),
                    path("own/", (request, kwargs) -> Response.text("own")
                            .header("Content-Security-Policy", "default-src 'none'")),
                    path("embed/", ContentSecurityPolicyMiddleware.override(CspPolicy.builder().directive("frame-ancestors", "https://partner.example")
                            .build(), (request, kwargs) -> Response.text("embeddable"))),
                    path("off/", ContentSecurityPolicyMiddleware.override(CspPolicy.EMPTY, ContentSecurityPolicyMiddleware.reportOnlyOverride(CspPolicy.EMPTY,
                            (request, kwargs) -> Response.text("none")))))
            .build());

    @Test
    void the_nonce_appears_only_when_the_page_used_it() {
        ClientResponse plain = client.get("/plain/");
        assertThat(plain.header("Content-Security-Policy"))
                .isEqualTo("default-src 'self'; script-src 'self'; upgrade-insecure-requests");
        ClientResponse script = client.get("/script/");
        Matcher nonce = Pattern.compile("nonce=\"([A-Za-z0-9+/=]{24})\"").matcher(script.text());
        assertThat(nonce.find()).isTrue();
        assertThat(script.header("Content-Security-Policy")).isEqualTo("default-src 'self'; script-src 'self' 'nonce-"
                + nonce.group(1) + "'; upgrade-insecure-requests");
        assertThat(client.get("/script/").text()).as("a new nonce per request").doesNotContain(nonce.group(1));
    }

    @Test
    void report_only_goes_alongside_and_views_can_keep_replace_or_drop_policies() {
        assertThat(client.get("/plain/").header("Content-Security-Policy-Report-Only"))
                .isEqualTo("default-src 'none'; report-uri /csp-report/");
        assertThat(client.get("/own/").header("Content-Security-Policy")).isEqualTo("default-src 'none'");
        ClientResponse embed = client.get("/embed/");
        assertThat(embed.header("Content-Security-Policy")).isEqualTo("frame-ancestors https://partner.example");
        assertThat(embed.header("Content-Security-Policy-Report-Only")).startsWith("default-src 'none'");
        ClientResponse off = client.get("/off/");
        assertThat(off.header("Content-Security-Policy")).isNull();
        assertThat(off.header("Content-Security-Policy-Report-Only")).isNull();
    }

    @Test
    void bad_policies_are_refused_when_built() {
        assertThatThrownBy(() -> new ContentSecurityPolicyMiddleware(null, null)).hasMessageContaining("needs a policy");
        assertThatThrownBy(() -> CspPolicy.builder().directive("Script Src", "'self'").build())
                .hasMessageContaining("not a CSP directive name");
        assertThatThrownBy(() -> CspPolicy.builder().directive("script-src", "'self'; img-src *").build())
                .hasMessageContaining("without ';'");
        assertThatThrownBy(() -> CspPolicy.builder().directive("script-src", "a\r\nX-Injected: 1").build())
                .hasMessageContaining("printable token");
    }
}
