package dev.jango.core.signing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

class SigningTest {

    private static final String KEY = "jango-test-secret-key-0123456789";
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000);
    private static final TimestampSigner SIGNER =
            Signing.signer(KEY).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void dumps_and_loads_use_djangos_default_salt() {
        assertThat(SIGNER.signer().salt()).isEqualTo("django.core.signing");
        byte[] json = "\"hello\"".getBytes(UTF_8);
        String signed = Signing.dumps(json, SIGNER, false);
        assertThat(signed).startsWith("ImhlbGxvIg:1r31eq:");
        assertThat(Signing.loads(signed, SIGNER, null)).isEqualTo(json);
    }

    @Test
    void compression_is_used_when_shorter_and_marked_with_a_dot_like_djangos_docs() {
        byte[] json = "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19]".getBytes(UTF_8);
        String signed = Signing.dumps(json, SIGNER, true);
        // The payload Django's signing documentation shows for dumps(list(range(1, 20)), compress=True).
        assertThat(signed).startsWith(".eJwFwcERACAIwLCF-rCiILN47r-GyZVJsNgkxaFxoDgxcOHGxMKD_T7vhAml:");
        assertThat(Signing.loads(signed, SIGNER, Duration.ZERO)).isEqualTo(json);
    }

    @Test
    void compression_is_skipped_when_it_does_not_save_two_bytes() {
        byte[] json = "{\"a\":1}".getBytes(UTF_8);
        assertThat(Signing.dumps(json, SIGNER, true)).isEqualTo(Signing.dumps(json, SIGNER, false))
                .doesNotStartWith(".");
    }

    @Test
    void loads_refuses_an_expired_or_tampered_value() {
        String signed = Signing.dumps("{\"n\":1}".getBytes(UTF_8), SIGNER, false);
        TimestampSigner later = Signing.signer(KEY).clock(Clock.fixed(NOW.plusSeconds(61), ZoneOffset.UTC)).build();
        assertThatThrownBy(() -> Signing.loads(signed, later, Duration.ofSeconds(60)))
                .isInstanceOf(SignatureExpired.class);
        assertThat(Signing.loads(signed, later, Duration.ofSeconds(61))).isEqualTo("{\"n\":1}".getBytes(UTF_8));
        assertThatThrownBy(() -> Signing.loads("x" + signed, SIGNER, null)).isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> Signing.loads(signed, TimestampSigner.builder(KEY).build(), null))
                .as("another salt").isInstanceOf(BadSignature.class);
    }

    @Test
    void a_signed_payload_that_is_not_base64url_is_a_bad_signature() {
        for (String payload : new String[] {"not base64!", "abcde", "ab+/", ".", ".!!", "é"}) {
            assertThatThrownBy(() -> Signing.loads(SIGNER.sign(payload), SIGNER, null))
                    .as(payload).isExactlyInstanceOf(BadSignature.class);
        }
    }

    @Test
    void signed_data_that_is_not_zlib_or_is_truncated_is_a_bad_signature() {
        byte[] compressed = deflate(new byte[1000]);
        for (byte[] data : new byte[][] {"not zlib".getBytes(UTF_8), new byte[0],
                Arrays.copyOf(compressed, compressed.length - 5), Arrays.copyOf(compressed, 3)}) {
            String signed = SIGNER.sign("." + B64.encodeToString(data));
            assertThatThrownBy(() -> Signing.loads(signed, SIGNER, null)).isExactlyInstanceOf(BadSignature.class);
        }
    }

    @Test
    void a_zlib_bomb_is_refused_past_the_limit_and_the_limit_itself_is_accepted() {
        String bomb = SIGNER.sign("." + B64.encodeToString(deflate(new byte[Signing.MAX_DECOMPRESSED_BYTES + 1])));
        assertThatThrownBy(() -> Signing.loads(bomb, SIGNER, null))
                .isExactlyInstanceOf(BadSignature.class).hasMessageContaining("inflates past");
        String full = SIGNER.sign("." + B64.encodeToString(deflate(new byte[Signing.MAX_DECOMPRESSED_BYTES])));
        assertThat(Signing.loads(full, SIGNER, null)).hasSize(Signing.MAX_DECOMPRESSED_BYTES);
    }

    @Test
    void bytes_after_the_zlib_stream_are_ignored_as_python_does() {
        byte[] stream = deflate("{}".getBytes(UTF_8));
        byte[] padded = Arrays.copyOf(stream, stream.length + 3);
        assertThat(Signing.loads(SIGNER.sign("." + B64.encodeToString(padded)), SIGNER, null))
                .isEqualTo("{}".getBytes(UTF_8));
    }

    @Test
    void random_damage_to_a_signed_value_only_ever_raises_bad_signature() {
        String good = Signing.dumps("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]".getBytes(UTF_8), SIGNER, true);
        Random random = new Random(42);
        String alphabet = "abcXYZ019-_:.=+/ \u0000é";
        for (int i = 0; i < 2000; i++) {
            StringBuilder damaged = new StringBuilder(good);
            for (int edits = 1 + random.nextInt(3); edits > 0 && !damaged.isEmpty(); edits--) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.deleteCharAt(at);
                    case 1 -> damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> damaged.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                Signing.loads(damaged.toString(), SIGNER, Duration.ofDays(1));
            } catch (BadSignature expected) {
                // the only acceptable failure
            } catch (RuntimeException e) {
                fail("'" + damaged + "' raised " + e);
            }
        }
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(out)) {
            zlib.write(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
