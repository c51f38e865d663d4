package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Open-redirect attempts that Django's url_has_allowed_host_and_scheme refuses, and URLs it allows. */
class SafeUrlsTest {

    private static final Set<String> HOSTS = Set.of("testserver", "testserver:8000");

    @ParameterizedTest
    @ValueSource(strings = {
        "http://evil.example/", "https://evil.example", "//evil.example", "///evil.example", "////evil.example",
        "\\\\evil.example", "\\/evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example",
        "/\r/evil.example", "\u0000//evil.example", "\u0008//evil.example", " //evil.example",
        "http:///evil.example", "https:evil.example", "javascript:alert(1)", "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "ftp://testserver/", "http://evil.example@testserver.evil/",
        "http://testserver@evil.example/", "//testserver.evil.example/", "http:\\\\evil.example", "",
        "   ", "mailto:someone@testserver", "localhost:8000/x", "//testserver:9999/"})
    void refuses(String url) {
        assertThat(SafeUrls.hasAllowedHostAndScheme(url, HOSTS, false)).as("%s", url).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/", "/polls/", "/polls/?page=2#top", "polls/", "?next=http://evil.example", "/path:with:colons",
        "http://testserver/polls/", "https://testserver/", "//testserver/x", "HTTPS://testserver/x",
        "http://testserver:8000/", " /padded/ ", "/%2F%2Fevil.example"})
    void allows(String url) {
        assertThat(SafeUrls.hasAllowedHostAndScheme(url, HOSTS, false)).as("%s", url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://testserver/", "//testserver/x"})
    void require_https_refuses_plain_http_absolute_urls(String url) {
        assertThat(SafeUrls.hasAllowedHostAndScheme(url, HOSTS, true)).isFalse();
        assertThat(SafeUrls.hasAllowedHostAndScheme("https://testserver/", HOSTS, true)).isTrue();
        assertThat(SafeUrls.hasAllowedHostAndScheme("/relative/", HOSTS, true)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void null_is_never_safe() {
        assertThat(SafeUrls.hasAllowedHostAndScheme(null, HOSTS, false)).isFalse();
    }
}
