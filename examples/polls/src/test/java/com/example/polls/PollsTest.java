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
}
