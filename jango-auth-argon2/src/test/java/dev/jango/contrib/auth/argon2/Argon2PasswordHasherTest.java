package dev.jango.contrib.auth.argon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.auth.hashers.Pbkdf2PasswordHasher;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher small = new Argon2PasswordHasher(1, 64, 1);

    @Test
    void rfc_9106_argon2id_test_vector() {
        byte[] password = filled(32, 0x01);
        byte[] salt = filled(16, 0x02);
        byte[] secret = filled(8, 0x03);
        byte[] additional = filled(12, 0x04);
        byte[] tag = Argon2PasswordHasher.argon2id(password, salt, secret, additional, 3, 32, 4, 32);
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void encodes_in_djangos_format_and_verifies() {
        String encoded = small.encode("correct horse", "somesaltsomesalt");
        assertThat(encoded).isEqualTo("argon2$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$"
                + encoded.substring(encoded.lastIndexOf('$') + 1)).matches(".*\\$[A-Za-z0-9+/]{43}");
        assertThat(small.verify("correct horse", encoded)).isTrue();
        assertThat(small.verify("correct horsf", encoded)).isFalse();
        assertThat(new Argon2PasswordHasher().encode("x", "s")).contains("$m=102400,t=2,p=8$");
    }

    @Test
    void other_parameters_verify_and_ask_for_an_update() {
        String old = new Argon2PasswordHasher(1, 32, 1).encode("pw", small.salt());
        assertThat(small.verify("pw", old)).isTrue();
        assertThat(small.mustUpdate(old)).isTrue();
        assertThat(small.mustUpdate(small.encode("pw", small.salt()))).isFalse();
    }

    @Test
    void argon2_first_upgrades_pbkdf2_hashes_on_login() {
        PasswordHashers hashers = PasswordHashers.of(small, new Pbkdf2PasswordHasher(1));
        String pbkdf2 = PasswordHashers.forTests().make("pw");
        AtomicReference<String> upgraded = new AtomicReference<>();
        assertThat(hashers.check("pw", pbkdf2, upgraded::set)).isTrue();
        assertThat(upgraded.get()).startsWith("argon2$argon2id$");
        assertThat(hashers.check("pw", upgraded.get(), null)).isTrue();
        assertThat(hashers.make("new")).startsWith("argon2$argon2id$");
    }

    @Test
    void malformed_or_abusive_hashes_never_verify() {
        for (String bad : new String[] {"argon2$argon2i$v=19$m=64,t=1,p=1$c2FsdA$aGFzaGhhc2g", "argon2$argon2id$v=16$m=64,t=1,p=1$c2FsdA$aGFzaA",
                "argon2$argon2id$v=19$m=99999999,t=1,p=1$c2FsdA$aGFzaGhhc2g", "argon2$argon2id$v=19$m=64,t=x,p=1$c2FsdA$aGFzaA",
                "argon2$argon2id$v=19$m=64,t=1,p=1$!!$aGFzaA", "argon2$argon2id"}) {
            assertThat(small.verify("pw", bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> new Argon2PasswordHasher(0, 64, 1)).hasMessageContaining("timeCost");
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
