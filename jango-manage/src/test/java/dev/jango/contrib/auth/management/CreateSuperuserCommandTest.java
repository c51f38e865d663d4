package dev.jango.contrib.auth.management;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.contrib.auth.InMemoryUserStore;
import dev.jango.contrib.auth.User;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.management.Runs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateSuperuserCommandTest {

    private final PasswordHashers hashers = PasswordHashers.forTests();
    private final InMemoryUserStore users = new InMemoryUserStore(hashers);

    private Runs runs() {
        return Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).component(users).build());
    }

    private User user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    @Test
    void asks_for_username_email_and_password_twice_then_creates_a_superuser() {
        Runs.Result result = runs().input("ada\nada@example.com\nCorrect-Horse-9\nCorrect-Horse-9\n")
                .run("createsuperuser");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("Username: Email address: Password: Password (again): "
                + "Superuser created successfully." + System.lineSeparator());
        User ada = user("ada");
        assertThat(ada.isSuperuser()).isTrue();
        assertThat(ada.isStaff()).isTrue();
        assertThat(hashers.check("Correct-Horse-9", ada.password(), upgraded -> { })).isTrue();
    }

    @Test
    void offers_the_system_user_name_when_the_answer_is_blank() {
        Runs.Result result = runs().env(Map.of("USER", "Grace")).input("\n\nCorrect-Horse-9\nCorrect-Horse-9\n")
                .run("createsuperuser");

        assertThat(result.out()).startsWith("Username (leave blank to use 'grace'): ");
        assertThat(user("grace").isSuperuser()).isTrue();
    }

    @Test
    void asks_again_when_the_passwords_do_not_match() {
        Runs.Result result = runs().input("ada\n\nCorrect-Horse-9\nCorrect-Horse-8\nCorrect-Horse-9\nCorrect-Horse-9\n")
                .run("createsuperuser");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEqualTo("Error: Your passwords didn't match." + System.lineSeparator());
        assertThat(hashers.check("Correct-Horse-9", user("ada").password(), upgraded -> { })).isTrue();
    }

    @Test
    void refuses_a_blank_password() {
        Runs.Result result = runs().input("ada\n\n\n\nCorrect-Horse-9\nCorrect-Horse-9\n").run("createsuperuser");

        assertThat(result.err()).contains("Error: Blank passwords aren't allowed.");
        assertThat(result.status()).isZero();
    }

    @Test
    void refuses_a_username_that_is_taken_and_asks_again() {
        users.createUser("ada", "whatever-1234");
        Runs.Result result = runs().input("ada\nbob\n\nCorrect-Horse-9\nCorrect-Horse-9\n").run("createsuperuser");

        assertThat(result.err()).contains("Error: That username is already taken.");
        assertThat(user("bob").isSuperuser()).isTrue();
        assertThat(user("ada").isSuperuser()).isFalse();
    }

    @Test
    void refuses_an_invalid_username_or_email_and_asks_again() {
        Runs.Result result = runs().input("ada lovelace\nada\nnot-an-email\nada@example.com\nCorrect-Horse-9\n"
                + "Correct-Horse-9\n").run("createsuperuser");

        assertThat(result.err()).contains("Error: Enter a valid username.").contains("Error: Enter a valid email address.");
        assertThat(result.status()).isZero();
    }

    @Test
    void lists_what_is_weak_about_a_password_and_creates_the_user_only_when_told_to_bypass() {
        Runs.Result refused = runs().input("ada\n\n12345\n12345\nN\nCorrect-Horse-9\nCorrect-Horse-9\n")
                .run("createsuperuser");

        assertThat(refused.err()).contains("This password is too short. It must contain at least 8 characters.")
                .contains("This password is entirely numeric.");
        assertThat(refused.out()).contains("Bypass password validation and create user anyway? [y/N]: ");
        assertThat(hashers.check("Correct-Horse-9", user("ada").password(), upgraded -> { })).isTrue();

        Runs.Result bypassed = runs().input("bob\n\npassword\npassword\ny\n").run("createsuperuser");
        assertThat(bypassed.err()).contains("This password is too common.");
        assertThat(hashers.check("password", user("bob").password(), upgraded -> { })).isTrue();
    }

    @Test
    void a_password_like_the_username_is_too_similar() {
        Runs.Result result = runs().input("margaret\n\nmargaret1\nmargaret1\ny\n").run("createsuperuser");

        assertThat(result.err()).contains("The password is too similar to the username.");
    }

    @Test
    void ending_the_input_cancels_without_creating_anyone() {
        Runs.Result result = runs().input("ada\n\nCorrect-Horse-9\n").run("createsuperuser");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("Operation cancelled");
        assertThat(users.findByUsername("ada")).isEmpty();
    }

    @Test
    void noinput_reads_the_jango_superuser_variables() {
        Runs.Result result = runs().env(Map.of("JANGO_SUPERUSER_USERNAME", "admin", "JANGO_SUPERUSER_EMAIL",
                "admin@example.com", "JANGO_SUPERUSER_PASSWORD", "s3cret")).run("createsuperuser", "--noinput");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("Superuser created successfully." + System.lineSeparator());
        assertThat(hashers.check("s3cret", user("admin").password(), upgraded -> { })).isTrue();
    }

    @Test
    void noinput_takes_the_username_option_before_the_environment() {
        runs().env(Map.of("JANGO_SUPERUSER_USERNAME", "admin", "JANGO_SUPERUSER_PASSWORD", "s3cret"))
                .run("createsuperuser", "--no-input", "--username", "root");

        assertThat(user("root").isSuperuser()).isTrue();
        assertThat(users.findByUsername("admin")).isEmpty();
    }

    @Test
    void noinput_without_a_password_or_with_a_taken_name_fails_with_what_to_set() {
        Runs.Result noPassword = runs().env(Map.of("JANGO_SUPERUSER_USERNAME", "admin"))
                .run("createsuperuser", "--noinput");
        assertThat(noPassword.status()).isEqualTo(1);
        assertThat(noPassword.err()).contains("Set JANGO_SUPERUSER_PASSWORD");

        Runs.Result noName = runs().run("createsuperuser", "--noinput");
        assertThat(noName.err()).contains("--username").contains("JANGO_SUPERUSER_USERNAME");

        users.createUser("admin", "whatever-1234");
        Runs.Result taken = runs().env(Map.of("JANGO_SUPERUSER_USERNAME", "admin", "JANGO_SUPERUSER_PASSWORD", "x"))
                .run("createsuperuser", "--noinput");
        assertThat(taken.err()).contains("That username is already taken.");
    }

    @Test
    void an_app_without_a_user_store_is_told_how_to_register_one() {
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).build())
                .run("createsuperuser", "--noinput");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("this app has no user store").contains("component(users)");
    }

    @Test
    void a_store_that_only_finds_users_is_refused_saying_what_to_implement() {
        dev.jango.contrib.auth.UserStore findOnly = new dev.jango.contrib.auth.UserStore() {
            @Override
            public java.util.Optional<User> findById(String id) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<User> findByUsername(String username) {
                return java.util.Optional.empty();
            }

            @Override
            public void setPassword(String id, String encoded) {}
        };
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).component(findOnly).build())
                .run("createsuperuser", "--noinput");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("cannot create users: implement ManagedUserStore");
    }
}
