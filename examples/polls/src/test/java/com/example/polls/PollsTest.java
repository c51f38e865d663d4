package com.example.polls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.contrib.auth.Logins;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.db.Db;
import dev.jango.db.DatabaseConfig;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tutorial's behaviour through the whole stack, on its own H2 database. */
class PollsTest {

    @TempDir
    Path dir;
    PollsApp polls;
    Client client;

    PollsApp app() {
        return new PollsApp(DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("polls").toAbsolutePath()),
                Map.of("JANGO_DEBUG", "false", "JANGO_SECRET_KEY", "test-secret"), PasswordHashers.forTests());
    }

    @BeforeEach
    void start() {
        polls = app();
        client = new Client(polls.app()).followRedirects(true);
    }

    @AfterEach
    void stop() {
        client.close();
    }

    long questionId(String text) {
        try (Db db = polls.database().open()) {
            return db.queryOne("select id from polls_question where question_text = ?", Long.class, text).orElseThrow();
        }
    }

    long choiceId(long question, String text) {
        try (Db db = polls.database().open()) {
            return db.queryOne("select id from polls_choice where question_id = ? and choice_text = ?", Long.class,
                    question, text).orElseThrow();
        }
    }

    @Test
    void the_index_lists_the_seeded_questions_with_links_and_hashed_css() {
        ClientResponse index = client.get("/");
        assertThat(index.redirectChain()).singleElement().extracting(ClientResponse.Redirect::location)
                .isEqualTo("/polls/");
        assertThat(index.templateNames()).containsExactly("polls/index.html");
        assertThat(index.text()).contains("What&#39;s up?", "Tea or coffee?",
                "href=\"/polls/" + questionId("Tea or coffee?") + "/\"")
                .containsPattern("/static/polls/style\\.[0-9a-f]{12}\\.css");
    }

    @Test
    void voting_counts_shows_a_message_and_the_results() {
        long q = questionId("Tea or coffee?");
        ClientResponse detail = client.get("/polls/" + q + "/");
        assertThat(detail.text()).contains("Tea", "Coffee", "csrfmiddlewaretoken");
        ClientResponse results = client.post("/polls/" + q + "/vote/", Map.of("choice", Long.toString(choiceId(q, "Tea"))));
        assertThat(results.templateNames()).containsExactly("polls/results.html");
        assertThat(results.text()).contains("Thanks for voting!", "Tea -- 1 vote<", "Coffee -- 0 votes");
        assertThat(client.get("/polls/" + q + "/results/").text()).doesNotContain("Thanks for voting!");
    }

    @Test
    void voting_without_a_choice_shows_the_form_again_with_an_error() {
        long q = questionId("Tea or coffee?");
        ClientResponse response = client.post("/polls/" + q + "/vote/", Map.of());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("You didn&#39;t select a choice.");
        long other = questionId("What's up?");
        assertThat(client.post("/polls/" + q + "/vote/", Map.of("choice", Long.toString(choiceId(other, "The sky"))))
                .text()).as("a choice of another question").contains("You didn&#39;t select a choice.");
    }

    @Test
    void unknown_questions_are_404_and_vote_is_post_only() {
        assertThat(client.get("/polls/999999/").status()).isEqualTo(404);
        assertThat(client.get("/polls/999999/results/").status()).isEqualTo(404);
        assertThat(client.get("/polls/" + questionId("Tea or coffee?") + "/vote/").status()).isEqualTo(405);
    }

    @Test
    void a_hundred_concurrent_votes_lose_no_count() throws Exception {
        long q = questionId("Tea or coffee?");
        String tea = Long.toString(choiceId(q, "Tea"));
        try (ExecutorService threads = Executors.newFixedThreadPool(100)) {
            List<Future<Integer>> votes = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                votes.add(threads.submit(() -> new Client(polls.app())
                        .post("/polls/" + q + "/vote/", Map.of("choice", tea)).status()));
            }
            for (Future<Integer> vote : votes) {
                assertThat(vote.get()).isEqualTo(303);
            }
        }
        try (Db db = polls.database().open()) {
            assertThat(db.queryOne("select votes from polls_choice where id = ?", Integer.class, Long.parseLong(tea)))
                    .hasValue(100);
        }
    }

    @Test
    void only_staff_add_questions_and_the_form_checks_its_input() {
        polls.database().start();
        polls.users().createUser("visitor", "pw");
        polls.users().createStaff("editor", "pw");
        ClientResponse anonymous = client.get("/staff/questions/add/");
        assertThat(anonymous.redirectChain().getFirst().location()).startsWith("/accounts/login/?next=");
        Logins.login(client, "visitor", "pw");
        assertThat(new Client(polls.app()).get("/staff/questions/add/").status()).isEqualTo(302);
        assertThat(client.get("/staff/questions/add/").status()).isEqualTo(403);
        Logins.login(client, "editor", "pw");
        assertThat(client.post("/staff/questions/add/", Map.of("question", "Only one?", "choice", "yes")).text())
                .contains("needs at least two choices");
        ClientResponse added = client.request("POST", "/staff/questions/add/")
                .body("question=Cats+or+dogs%3F&choice=Cats&choice=Dogs".getBytes(), "application/x-www-form-urlencoded")
                .send();
        assertThat(added.text()).contains("Question added.", "Cats or dogs?", "Dogs");
        Matcher link = Pattern.compile("/polls/(\\d+)/vote/").matcher(added.text());
        assertThat(link.find()).isTrue();
        assertThat(client.get("/polls/").text()).contains("Cats or dogs?");
    }

    /** The value of the hidden or text input named {@code name} in {@code html}. */
    static String inputValue(String html, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        assertThat(input.find()).as("an input named %s", name).isTrue();
        return input.group(1);
    }

    /** The href of the nav's "Log in" link in {@code html}. */
    static String loginLink(String html) {
        Matcher link = Pattern.compile("<a href=\"([^\"]*)\">Log in</a>").matcher(html);
        assertThat(link.find()).as("a Log in link").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    @Test
    void the_log_in_link_carries_the_current_page_as_next() {
        long q = questionId("Tea or coffee?");
        assertThat(loginLink(client.get("/polls/").text())).isEqualTo("/accounts/login/?next=%2Fpolls%2F");
        String results = "/polls/" + q + "/results/?from=a&b=c";
        String link = loginLink(client.get(results).text());
        assertThat(link).isEqualTo("/accounts/login/?next=%2Fpolls%2F" + q + "%2Fresults%2F%3Ffrom%3Da%26b%3Dc");
        assertThat(inputValue(client.get(link).text(), "next")).as("the login form's next")
                .isEqualTo(results.replace("&", "&amp;"));
        ClientResponse failedVote = client.post("/polls/" + q + "/vote/", Map.of());
        assertThat(loginLink(failedVote.text())).as("a POST's page is not one to return to")
                .isEqualTo("/accounts/login/");
    }

    @Test
    void logging_in_through_the_form_returns_to_the_page_the_user_was_on() {
        polls.database().start();
        polls.users().createUser("visitor", "pw");
        long q = questionId("Tea or coffee?");
        String detail = "/polls/" + q + "/";
        client.enforceCsrfChecks(true);

        ClientResponse form = client.get(loginLink(client.get(detail).text()));
        assertThat(form.status()).isEqualTo(200);
        assertThat(inputValue(form.text(), "next")).isEqualTo(detail);
        ClientResponse loggedIn = client.post("/accounts/login/", Map.of("username", "visitor", "password", "pw",
                "next", inputValue(form.text(), "next"),
                "csrfmiddlewaretoken", inputValue(form.text(), "csrfmiddlewaretoken")));
        assertThat(loggedIn.redirectChain()).extracting(ClientResponse.Redirect::location).containsExactly(detail);
        assertThat(loggedIn.status()).isEqualTo(200);
        assertThat(loggedIn.requestLine()).isEqualTo("GET " + detail);
        assertThat(loggedIn.text()).contains("<span class=\"user\">visitor</span>", "Log out")
                .doesNotContain(">Log in</a>");
        assertThat(inputValue(loggedIn.text(), "next")).as("the Log out form returns here too").isEqualTo(detail);
    }

    @Test
    void logging_in_without_next_lands_on_the_polls_index_not_a_404() {
        polls.database().start();
        polls.users().createUser("visitor", "pw");
        ClientResponse loggedIn = client.post("/accounts/login/", Map.of("username", "visitor", "password", "pw"));
        assertThat(loggedIn.redirectChain()).extracting(ClientResponse.Redirect::location).containsExactly("/polls/");
        assertThat(loggedIn.status()).isEqualTo(200);
        assertThat(loggedIn.templateNames()).containsExactly("polls/index.html");
        ClientResponse offSite = client.post("/accounts/login/", Map.of("username", "visitor", "password", "pw",
                "next", "https://evil.example/"));
        assertThat(offSite.redirectChain()).extracting(ClientResponse.Redirect::location).containsExactly("/polls/");
    }

    @Test
    void logging_out_returns_to_next_or_the_index() {
        polls.database().start();
        polls.users().createUser("visitor", "pw");
        long q = questionId("Tea or coffee?");
        String results = "/polls/" + q + "/results/";
        Logins.login(client, "visitor", "pw");
        String page = client.get(results).text();
        assertThat(page).contains("action=\"/accounts/logout/\"");
        ClientResponse back = client.post("/accounts/logout/", Map.of("next", inputValue(page, "next")));
        assertThat(back.redirectChain()).extracting(ClientResponse.Redirect::location).containsExactly(results);
        assertThat(loginLink(back.text())).as("logged out").contains("next=");

        Logins.login(client, "visitor", "pw");
        ClientResponse index = client.post("/accounts/logout/", Map.of());
        assertThat(index.redirectChain()).extracting(ClientResponse.Redirect::location).containsExactly("/polls/");
        assertThat(index.templateNames()).containsExactly("polls/index.html");
    }

    @Test
    void the_login_page_uses_the_sites_layout_and_shows_errors_there() {
        ClientResponse page = client.get("/accounts/login/?next=%2Fpolls%2F");
        assertThat(page.templateNames()).containsExactly("registration/login.html");
        assertThat(page.text()).containsPattern("/static/polls/style\\.[0-9a-f]{12}\\.css")
                .contains("<header><h1><a href=\"/polls/\">Polls</a></h1>", "<main>", "name=\"username\"",
                        "name=\"password\"", "csrfmiddlewaretoken")
                .as("no Log in link on the login page").doesNotContain(">Log in</a>");
        assertThat(page.header("Cache-Control")).contains("no-cache");
        ClientResponse failed = client.post("/accounts/login/", Map.of("username", "nobody", "password", "wrong",
                "next", "/polls/"));
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.text()).contains("Please enter a correct username and password", "<main>",
                "value=\"nobody\"");
        assertThat(inputValue(failed.text(), "next")).isEqualTo("/polls/");
    }

    @Test
    void the_nav_separates_the_user_from_the_staff_link() {
        polls.database().start();
        polls.users().createStaff("admin", "pw");
        Logins.login(client, "admin", "pw");
        assertThat(client.get("/polls/").text()).contains("<span class=\"user\">admin</span> "
                + "<span class=\"sep\" aria-hidden=\"true\">·</span> <a href=\"/staff/questions/add/\">Add a question</a>");
    }

    @Test
    void with_debug_off_error_pages_show_the_request_id() {
        ClientResponse missing = client.get("/polls/999999/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("X-Request-Id")).isNotBlank();
        assertThat(missing.text()).contains("<p>Request id: <code>" + missing.header("X-Request-Id") + "</code></p>");
    }
}
