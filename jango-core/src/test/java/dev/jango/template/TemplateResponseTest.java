package dev.jango.template;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.http.Request;
import dev.jango.middleware.Handler;
import dev.jango.middleware.TemplateResponseMiddleware;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A template response keeps its own status and content type through the template hooks and rendering. */
class TemplateResponseTest {

    /** Renders "name {context}". */
    static final TemplateEngine ENGINE = name -> (context, request) -> name + " " + new TreeMap<>(context);

    /** Swaps the form template for its v2 and adds to the context, as a template-response hook may. */
    static final class Upgrade implements TemplateResponseMiddleware {
        @Override
        public TemplateResponse processTemplateResponse(Request request, TemplateResponse response) {
            if (response.templateName().equals("form.html")) {
                response.templateName("form-v2.html");
            }
            response.context().put("hooked", true);
            return response;
        }

        @Override
        public Handler wrap(Handler next) {
            return next;
        }
    }

    private final Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "tr")
            .set(ALLOWED_HOSTS, List.of("testserver")).templateEngine(ENGINE).middleware(new Upgrade()).urls(
                    path("form/", (request, kwargs) -> new TemplateResponse("form.html", Map.of("errors", 2), 422)),
                    path("feed/", (request, kwargs) -> new TemplateResponse("feed.xml", Map.of("items", 3), 201,
                            "application/rss+xml; charset=utf-8")),
                    path("accepted/", (request, kwargs) -> Templates.render(request, "queued.html", Map.of())
                            .status(202)))
            .build());

    @Test
    void status_and_content_type_are_kept_through_the_hooks_and_rendering() {
        ClientResponse form = client.get("/form/");
        assertThat(form.status()).isEqualTo(422);
        assertThat(form.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(form.text()).isEqualTo("form-v2.html {errors=2, hooked=true}");
        ClientResponse feed = client.get("/feed/");
        assertThat(feed.status()).isEqualTo(201);
        assertThat(feed.header("Content-Type")).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(feed.text()).isEqualTo("feed.xml {hooked=true, items=3}");
        assertThat(client.get("/accepted/").status()).isEqualTo(202);
    }

    @Test
    void status_is_a_template_response_setter_and_is_checked() {
        TemplateResponse response = new TemplateResponse("t.html", Map.of()).status(404);
        assertThat(response.status()).isEqualTo(404);
        assertThat(new TemplateResponse("t.html", Map.of(), 200, null).contentType())
                .isEqualTo("text/html; charset=utf-8");
        assertThatThrownBy(() -> new TemplateResponse("t.html", Map.of(), 99)).isInstanceOf(IllegalArgumentException.class);
    }
}
