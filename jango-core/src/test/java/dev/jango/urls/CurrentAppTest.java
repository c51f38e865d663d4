package dev.jango.urls;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.test.Client;
import dev.jango.views.View;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Instance namespaces: an application deployed twice reverses to the instance the request is in, as in Django. */
class CurrentAppTest {

    /** Reverses {@code polls:detail} and {@code polls:admin:edit} while it runs. */
    private static final View LINKS = (request, kwargs) -> Response.text(Urls.reverse("polls:detail", 7) + " "
            + Urls.reverse("polls:admin:edit", Map.of("slug", "s")) + " current=" + Urls.currentApp(request));

    private static final List<UrlEntry> POLLS = List.of(
            path("", LINKS, "index"),
            path("<int:id>/", LINKS, "detail"),
            include("admin/", List.of(path("<slug:slug>/", LINKS, "edit")), "admin"));

    private static final View CHOOSER = (request, kwargs) -> {
        Urls.setCurrentApp(request, request.query().get("app"));
        return Response.text(Urls.reverse("polls:detail", 1));
    };

    private static final View EXPLICIT = (request, kwargs) -> Response.text(
            Urls.reverse("polls:detail", List.of(2), Map.of(), "polls-archive") + " "
                    + Urls.reverse("polls:detail", List.of(), Map.of("id", 3), null));

    private final Jango app = Jango.builder(Map.of()).set(SECRET_KEY, "ns")
            .set(ALLOWED_HOSTS, List.of("testserver")).urls(
                    path("", LINKS, "home"),
                    path("choose/", CHOOSER),
                    path("explicit/", EXPLICIT),
                    include("polls/", Urls.app("polls", POLLS)),
                    include("archive/polls/", Urls.app("polls", POLLS), "polls-archive"))
            .build();
    private final Client client = new Client(app);

    @Test
    void reverse_inside_a_request_prefers_the_instance_it_was_resolved_under() {
        assertThat(client.get("/archive/polls/").text())
                .isEqualTo("/archive/polls/7/ /archive/polls/admin/s/ current=polls-archive");
        assertThat(client.get("/archive/polls/admin/x/").text())
                .isEqualTo("/archive/polls/7/ /archive/polls/admin/s/ current=polls-archive:admin");
        assertThat(client.get("/polls/3/").text()).isEqualTo("/polls/7/ /polls/admin/s/ current=polls");
        assertThat(client.get("/").text()).as("no current app: the default instance")
                .isEqualTo("/polls/7/ /polls/admin/s/ current=null");
    }

    @Test
    void a_view_can_set_the_current_app_as_djangos_request_current_app() {
        assertThat(client.get("/choose/?app=polls-archive").text()).isEqualTo("/archive/polls/1/");
        assertThat(client.get("/choose/?app=polls").text()).isEqualTo("/polls/1/");
        assertThat(client.get("/choose/?app=nobody").text()).as("not an instance of polls: the default")
                .isEqualTo("/polls/1/");
        assertThat(client.get("/choose/").text()).isEqualTo("/polls/1/");
    }

    @Test
    void an_explicit_current_app_picks_the_instance() {
        assertThat(client.get("/explicit/").text()).isEqualTo("/archive/polls/2/ /polls/3/");
        UrlResolver urls = app.urls();
        assertThat(urls.reverse("polls:detail", List.of(4), Map.of(), "polls-archive")).isEqualTo("/archive/polls/4/");
        assertThat(urls.reverse("polls:admin:edit", List.of("e"), Map.of(), "polls-archive:admin"))
                .isEqualTo("/archive/polls/admin/e/");
        assertThat(urls.reverse("polls:detail", List.of(4), Map.of(), null)).isEqualTo("/polls/4/");
        assertThat(urls.reverse("polls-archive:detail", List.of(4), Map.of(), "polls")).as("an instance name is exact")
                .isEqualTo("/archive/polls/4/");
        assertThatThrownBy(() -> urls.reverse("polls:detail", List.of(1), Map.of("id", 1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void without_a_default_instance_the_last_deployed_one_is_used() {
        UrlResolver urls = UrlResolver.of(List.of(
                include("author-polls/", Urls.app("polls", POLLS), "author-polls"),
                include("publisher-polls/", Urls.app("polls", POLLS), "publisher-polls")));
        assertThat(urls.reverse("polls:detail", 1)).isEqualTo("/publisher-polls/1/");
        assertThat(urls.reverse("polls:detail", List.of(1), Map.of(), "author-polls")).isEqualTo("/author-polls/1/");
        assertThat(urls.reverse("author-polls:detail", 1)).isEqualTo("/author-polls/1/");
        // The current app is followed level by level; once it is left, deeper levels use their defaults.
        assertThat(urls.reverse("polls:admin:edit", List.of("e"), Map.of(), "author-polls:admin"))
                .isEqualTo("/author-polls/admin/e/");
        assertThatThrownBy(() -> urls.reverse("polls:ghost:edit", "e")).isInstanceOf(NoReverseMatch.class)
                .hasMessage("'ghost' is not a registered namespace inside 'publisher-polls'");
    }

    @Test
    void the_default_instance_is_the_one_named_after_the_application_wherever_it_is_declared() {
        UrlResolver urls = UrlResolver.of(List.of(
                include("polls/", Urls.app("polls", POLLS)),
                include("other/", Urls.app("polls", POLLS), "other")));
        assertThat(urls.reverse("polls:detail", 1)).isEqualTo("/polls/1/");
        assertThat(urls.reverse("polls:detail", List.of(1), Map.of(), "other")).isEqualTo("/other/1/");
    }
}
