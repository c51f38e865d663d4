package dev.jango.contrib.messages;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.contrib.sessions.InMemorySessionStore;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.gateway.Application;
import dev.jango.http.Redirect;
import dev.jango.http.Response;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One-shot messages across redirects, with each storage. */
class MessagesTest {

    private Application app(MessageMiddleware messages) {
        return Jango.builder(Map.of()).set(DEBUG, true).set(SECRET_KEY, "m").set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(SessionMiddleware.builder().store(new InMemorySessionStore()).build(), messages)
                .urls(
                        path("vote/", (request, kwargs) -> {
                            Messages.success(request, "Your vote was counted.");
                            Messages.debug(request, "debug detail");
                            return Redirect.to("/results/");
                        }),
                        path("many/", (request, kwargs) -> {
                            for (int i = 0; i < 40; i++) {
                                Messages.add(request, Message.WARNING, "Message number " + i + " ".repeat(40), "big");
                            }
                            return Response.text("queued");
                        }),
                        path("results/", (request, kwargs) -> Response.text(Messages.get(request).stream()
                                .map(m -> m.tags() + ":" + m.text()).collect(Collectors.joining("|")))),
                        path("quiet/", (request, kwargs) -> Response.text("no messages read")))
                .build();
    }

    @Test
    void a_message_survives_the_redirect_is_shown_once_and_then_gone() {
        for (MessageStorage storage : new MessageStorage[] {MessageStorage.cookie(), MessageStorage.session(),
                MessageStorage.fallback()}) {
            Client client = new Client(app(new MessageMiddleware(storage, Message.INFO))).followRedirects(true);
            ClientResponse results = client.get("/vote/");
            assertThat(results.text()).as(storage.toString()).isEqualTo("success:Your vote was counted.");
            assertThat(client.get("/results/").text()).as(storage.toString()).isEmpty();
        }
    }

    @Test
    void pages_that_do_not_read_messages_leave_them_waiting() {
        Client client = new Client(app(new MessageMiddleware()));
        client.get("/vote/");
        client.get("/quiet/");
        assertThat(client.get("/results/").text()).isEqualTo("success:Your vote was counted.");
    }

    @Test
    void messages_below_the_minimum_level_are_dropped() {
        Client client = new Client(app(new MessageMiddleware(MessageStorage.cookie(), Message.DEBUG)));
        client.get("/vote/");
        assertThat(client.get("/results/").text()).isEqualTo("success:Your vote was counted.|debug:debug detail");
    }

    @Test
    void the_cookie_is_signed_and_a_forged_one_is_ignored() {
        Client client = new Client(app(new MessageMiddleware(MessageStorage.cookie(), Message.INFO)));
        client.get("/vote/");
        String cookie = client.cookies().get("messages");
        assertThat(cookie).contains(":");
        client.cookie("messages", "W1syNSwiRm9yZ2VkIiwiIl1d" + cookie.substring(cookie.indexOf(':')));
        assertThat(client.get("/results/").text()).isEmpty();
    }

    @Test
    void too_many_for_a_cookie_overflow_into_the_session_or_lose_the_oldest() {
        Client fallback = new Client(app(new MessageMiddleware()));
        fallback.get("/many/");
        assertThat(fallback.cookies()).doesNotContainKey("messages").containsKey("sessionid");
        assertThat(fallback.get("/results/").text().split("\\|")).hasSize(40);
        assertThat(fallback.get("/results/").text()).isEmpty();

        Client cookieOnly = new Client(app(new MessageMiddleware(MessageStorage.cookie(), Message.INFO)));
        cookieOnly.get("/many/");
        assertThat(cookieOnly.cookies().get("messages").length()).isLessThanOrEqualTo(2200);
        String shown = cookieOnly.get("/results/").text();
        assertThat(shown).doesNotContain("Message number 0 ").contains("Message number 39");
    }

    @Test
    void using_messages_without_the_middleware_says_how_to_fix_it() {
        Application bare = Jango.builder(Map.of()).set(DEBUG, true).set(ALLOWED_HOSTS, List.of("testserver"))
                .urls(path("x/", (request, kwargs) -> {
                    Messages.info(request, "hi");
                    return Response.text("x");
                })).build();
        assertThat(new Client(bare).get("/x/").text()).contains("Messages need MessageMiddleware");
    }
}
