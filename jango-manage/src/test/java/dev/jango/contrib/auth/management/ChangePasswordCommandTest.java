package dev.jango.contrib.auth.management;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.InMemoryUserStore;
import dev.jango.contrib.auth.User;
import dev.jango.contrib.auth.UserStore;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.management.Runs;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangePasswordCommandTest {

    private final PasswordHashers hashers = PasswordHashers.forTests();
    private final InMemoryUserStore users = new InMemoryUserStore(hashers);

    private Runs runs() {
        return Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).component(users).build());
    }

    private boolean passwordIs(String name, String password) {
        return hashers.check(password, users.findByUsername(name).orElseThrow().password(), upgraded -> { });
    }

    @Test
    void sets_the_new_password_typed_twice() {
        users.createUser("ada", "old-password-1");
        Runs.Result result = runs().input("Correct-Horse-9\nCorrect-Horse-9\n").run("changepassword", "ada");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("Changing password for user 'ada'" + System.lineSeparator()
                + "Password: Password (again): Password changed successfully for user 'ada'" + System.lineSeparator());
        assertThat(passwordIs("ada", "Correct-Horse-9")).isTrue();
    }

    @Test
    void defaults_to_the_user_running_the_command() {
        users.createUser("ada", "old-password-1");
        runs().env(Map.of("USER", "ada")).input("Correct-Horse-9\nCorrect-Horse-9\n").run("changepassword");

        assertThat(passwordIs("ada", "Correct-Horse-9")).isTrue();
    }

    @Test
    void gives_up_after_three_failed_attempts_keeping_the_old_password() {
        users.createUser("ada", "old-password-1");
        Runs.Result result = runs().input("Correct-Horse-9\nother\nshort\nshort\nCorrect-Horse-9\nnope\n")
                .run("changepassword", "ada");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("Passwords do not match. Please try again.")
                .contains("This password is too short.")
                .contains("Aborting password change for user 'ada' after 3 attempts");
        assertThat(passwordIs("ada", "old-password-1")).isTrue();
    }

    @Test
    void an_unknown_user_is_an_error() {
        Runs.Result result = runs().run("changepassword", "nobody");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("user 'nobody' does not exist");
    }

    @Test
    void finds_the_store_and_hashers_through_the_authentication_middleware() {
        UserStore bare = new UserStore() {
            private String encoded = hashers.make("old-password-1");

            @Override
            public Optional<User> findById(String id) {
                return findByUsername("ada");
            }

            @Override
            public Optional<User> findByUsername(String username) {
                String password = encoded;
                return username.equals("ada") ? Optional.of(new dev.jango.contrib.auth.SimpleUser("1", "ada", password, true,
                        false, false, java.util.Set.of())) : Optional.empty();
            }

            @Override
            public void setPassword(String id, String encoded) {
                this.encoded = encoded;
            }
        };
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).middleware(new SessionMiddleware(),
                AuthenticationMiddleware.builder().users(bare).hashers(hashers).build()).build())
                .input("Correct-Horse-9\nCorrect-Horse-9\n").run("changepassword", "ada");

        assertThat(result.status()).isZero();
        assertThat(hashers.check("Correct-Horse-9", bare.findByUsername("ada").orElseThrow().password(), u -> { }))
                .isTrue();
    }
}
