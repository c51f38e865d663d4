package dev.jango.contrib.auth.hashers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hashes made by Django itself (django-pbkdf2-hashes.tsv) verify and re-encode byte for byte. */
class PasswordHashersTest {

    record Vector(String password, String encoded) {
        @Override
        public String toString() {
            return "'" + password + "'";
        }
    }

    static List<Vector> djangoHashes() throws IOException {
        List<Vector> vectors = new ArrayList<>();
        try (InputStream in = PasswordHashersTest.class.getResourceAsStream("django-pbkdf2-hashes.tsv")) {
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] fields = line.split("\t", -1);
                    vectors.add(new Vector(fields[0], fields[1]));
                }
            }
        }
        return vectors;
    }

    private final PasswordHashers hashers = PasswordHashers.of(new Pbkdf2PasswordHasher(1000));

    @Test
    void the_file_has_unicode_and_empty_passwords() throws IOException {
        assertThat(djangoHashes()).hasSizeGreaterThanOrEqualTo(4).extracting(Vector::password)
                .contains("").anyMatch(p -> p.chars().anyMatch(c -> c > 127));
    }

    @ParameterizedTest
    @MethodSource("djangoHashes")
    void djangos_hashes_verify_and_wrong_passwords_do_not(Vector v) {
        assertThat(hashers.check(v.password(), v.encoded(), null)).isTrue();
        assertThat(hashers.check(v.password() + "x", v.encoded(), null)).isFalse();
        String[] parts = v.encoded().split("\\$");
        assertThat(new Pbkdf2PasswordHasher(Integer.parseInt(parts[1])).encode(v.password(), parts[2]))
                .isEqualTo(v.encoded());
    }

    @ParameterizedTest
    @MethodSource("djangoHashes")
    void a_tampered_hash_fails(Vector v) {
        String encoded = v.encoded();
        char last = encoded.charAt(encoded.length() - 2);
        String tampered = encoded.substring(0, encoded.length() - 2) + (last == 'A' ? 'B' : 'A') + encoded.charAt(encoded.length() - 1);
        assertThat(hashers.check(v.password(), tampered, null)).isFalse();
        assertThat(hashers.check(v.password(), encoded.replaceFirst("\\$\\d+\\$", "\\$999\\$"), null)).isFalse();
    }

    @Test
    void new_hashes_have_djangos_shape_and_fresh_salts() {
        String a = PasswordHashers.forTests().make("secret");
        String b = PasswordHashers.forTests().make("secret");
        assertThat(a).matches("pbkdf2_sha256\\$1\\$[A-Za-z0-9]{22}\\$[A-Za-z0-9+/]{43}=").isNotEqualTo(b);
        assertThat(new Pbkdf2PasswordHasher().iterations()).isEqualTo(1_200_000);
    }

    @Test
    void an_older_iteration_count_is_upgraded_on_a_correct_check_only() throws IOException {
        Vector old = djangoHashes().getFirst();
        AtomicReference<String> upgraded = new AtomicReference<>();
        assertThat(hashers.check(old.password() + "wrong", old.encoded(), upgraded::set)).isFalse();
        assertThat(upgraded.get()).isNull();
        assertThat(hashers.check(old.password(), old.encoded(), upgraded::set)).isTrue();
        assertThat(upgraded.get()).startsWith("pbkdf2_sha256$1000$");
        assertThat(hashers.check(old.password(), upgraded.get(), u -> {
            throw new AssertionError("no second upgrade");
        })).isTrue();
    }

    @Test
    void a_hash_from_a_non_preferred_hasher_is_upgraded_to_the_preferred_one() {
        PasswordHasher legacy = new Pbkdf2PasswordHasher(2);
        PasswordHasher renamed = new PasswordHasher() {
            @Override public String algorithm() {
                return "legacy";
            }
            @Override public String salt() {
                return "s";
            }
            @Override public String encode(String password, String salt) {
                return "legacy$" + legacy.encode(password, salt);
            }
            @Override public boolean verify(String password, String encoded) {
                return legacy.verify(password, encoded.substring("legacy$".length()));
            }
            @Override public boolean mustUpdate(String encoded) {
                return false;
            }
        };
        PasswordHashers both = PasswordHashers.of(new Pbkdf2PasswordHasher(3), renamed);
        AtomicReference<String> upgraded = new AtomicReference<>();
        assertThat(both.check("pw", renamed.encode("pw", "salt"), upgraded::set)).isTrue();
        assertThat(upgraded.get()).startsWith("pbkdf2_sha256$3$");
    }

    @Test
    void unusable_null_and_unknown_hashes_never_match() {
        String unusable = PasswordHashers.makeUnusable();
        assertThat(unusable).startsWith("!").hasSize(41);
        assertThat(PasswordHashers.isUsable(unusable)).isFalse();
        assertThat(hashers.check("", unusable, null)).isFalse();
        assertThat(hashers.check("x", null, null)).isFalse();
        assertThat(hashers.check(null, hashers.make("x"), null)).isFalse();
        assertThat(hashers.check("x", "md5$salt$abc", null)).isFalse();
        assertThat(hashers.check("x", "pbkdf2_sha256$notanumber$salt$hash", null)).isFalse();
        assertThat(hashers.identify("bcrypt$x")).isNull();
        assertThatThrownBy(() -> new Pbkdf2PasswordHasher(0)).hasMessageContaining("at least one iteration");
    }
}
