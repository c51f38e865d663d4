package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The site through the whole request/response cycle, in-process, configured as in production. */
class SiteTest {

    static final Map<String, String> PRODUCTION = Map.of(
            "JANGO_DEBUG", "false",
            "JANGO_SECRET_KEY", "a-test-secret-that-is-not-the-development-one",
            "JANGO_ALLOWED_HOSTS", "testserver");

    final Client client = new Client(Site.app(PRODUCTION));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void the_home_page_renders_its_template_inside_the_base_layout() {
        ClientResponse response = client.get("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.templateNames()).containsExactly("pages/home.html");
        assertThat(response.text()).contains("<h1>It worked!</h1>", "href=\"/hello/world/\"")
                .containsPattern("href=\"/static/css/site\\.[0-9a-f]{12}\\.css\"");
    }

    @Test
    void the_stylesheet_is_served_under_its_hashed_name_with_a_long_cache() {
        Matcher css = Pattern.compile("/static/css/site\\.[0-9a-f]{12}\\.css").matcher(client.get("/").text());
        assertThat(css.find()).isTrue();

        ClientResponse response = client.get(css.group());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/css");
        assertThat(response.header("Cache-Control")).contains("immutable");
    }

    @Test
    void hello_greets_the_name_from_the_url_escaped() {
        ClientResponse response = client.get("/hello/%3Cada%3E/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("Hello, &lt;ada&gt;!").doesNotContain("<ada>");
    }

    @Test
    void an_unknown_page_is_a_404() {
        assertThat(client.get("/no-such-page/").status()).isEqualTo(404);
    }

    @Test
    void debug_off_refuses_to_start_with_the_development_secret_key() {
        assertThatThrownBy(() -> Site.app(Map.of("JANGO_DEBUG", "false")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("JANGO_SECRET_KEY");
    }
}
