package dev.jango.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampSignerTest {

    private static final String KEY = "jango-test-secret-key-0123456789";
    private static final Instant SIGNED_AT = Instant.ofEpochSecond(1_700_000_000);
    private static final TimestampSigner AT_SIGNING = signerAt(SIGNED_AT);

    private static TimestampSigner signerAt(Instant now) {
        return TimestampSigner.builder(KEY).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    @Test
    void the_timestamp_is_base62_epoch_seconds_covered_by_the_signature() {
        String signed = AT_SIGNING.sign("hello");
        assertThat(signed).startsWith("hello:1r31eq:");
        assertThat(AT_SIGNING.signer().unsign(signed)).isEqualTo("hello:1r31eq");
        assertThat(AT_SIGNING.signer().salt()).isEqualTo("django.core.signing.TimestampSigner");
    }

    @Test
    void a_value_as_old_as_max_age_is_accepted() {
        String signed = AT_SIGNING.sign("hello");
        TimestampSigner later = signerAt(SIGNED_AT.plusSeconds(100));
        assertThat(later.unsign(signed, Duration.ofSeconds(100))).isEqualTo("hello");
        assertThat(later.unsign(signed)).isEqualTo("hello");
        assertThat(later.unsign(signed, null)).isEqualTo("hello");
    }

    @Test
    void a_value_older_than_max_age_expires_with_its_age() {
        String signed = AT_SIGNING.sign("hello");
        TimestampSigner later = signerAt(SIGNED_AT.plusSeconds(101));
        assertThatThrownBy(() -> later.unsign(signed, Duration.ofSeconds(100)))
                .isInstanceOf(SignatureExpired.class).isInstanceOf(BadSignature.class)
                .hasMessage("Signature age 101 > 100 seconds")
                .satisfies(e -> {
                    assertThat(((SignatureExpired) e).age()).isEqualTo(Duration.ofSeconds(101));
                    assertThat(((SignatureExpired) e).maxAge()).isEqualTo(Duration.ofSeconds(100));
                });
    }

    @Test
    void the_age_counts_fractions_of_a_second() {
        String signed = AT_SIGNING.sign("hello");
        TimestampSigner later = signerAt(SIGNED_AT.plusMillis(100_500));
        assertThatThrownBy(() -> later.unsign(signed, Duration.ofSeconds(100)))
                .isInstanceOf(SignatureExpired.class).hasMessage("Signature age 100.5 > 100 seconds");
    }

    @Test
    void a_timestamp_from_a_clock_ahead_of_ours_is_not_expired() {
        String signed = signerAt(SIGNED_AT.plusSeconds(30)).sign("hello");
        assertThat(AT_SIGNING.unsign(signed, Duration.ZERO)).isEqualTo("hello");
    }

    @Test
    void a_tampered_timestamp_is_refused() {
        String signed = AT_SIGNING.sign("hello");
        String younger = signed.replace(":1r31eq:", ":1r31ez:");
        assertThatThrownBy(() -> AT_SIGNING.unsign(younger, Duration.ofDays(1)))
                .isInstanceOf(BadSignature.class).isNotInstanceOf(SignatureExpired.class);
    }

    @Test
    void a_correctly_signed_but_malformed_timestamp_is_a_bad_signature() {
        Signer inner = AT_SIGNING.signer();
        for (String payload : List.of("hello:1r3!eq", "hello:", "hello:-", "hello:zzzzzzzzzzzzzzzzzz",
                "hello:zzzzzzzzzz", "hello:1r31 eq")) {
            assertThatThrownBy(() -> AT_SIGNING.unsign(inner.sign(payload), Duration.ofDays(1)))
                    .as(payload).isExactlyInstanceOf(BadSignature.class).hasMessageContaining("Timestamp");
        }
        assertThatThrownBy(() -> AT_SIGNING.unsign(inner.sign("no-timestamp")))
                .isExactlyInstanceOf(BadSignature.class).hasMessage("No timestamp found in value");
    }

    @Test
    void a_plain_signer_value_does_not_pass_for_a_timestamped_one() {
        String plain = Signer.builder(KEY).build().sign("hello:1r31eq");
        assertThatThrownBy(() -> AT_SIGNING.unsign(plain)).isInstanceOf(BadSignature.class);
    }

    @Test
    void fallback_keys_verify_and_the_primary_signs() {
        String byOldKey = TimestampSigner.builder("old").clock(AT_SIGNING.clock()).build().sign("v");
        TimestampSigner rotated = TimestampSigner.builder("new").fallbackKeys(List.of("old"))
                .clock(AT_SIGNING.clock()).build();
        assertThat(rotated.unsign(byOldKey, Duration.ZERO)).isEqualTo("v");
        assertThat(rotated.sign("v")).isEqualTo(TimestampSigner.builder("new").clock(AT_SIGNING.clock()).build()
                .sign("v"));
    }

    @Test
    void base62_matches_djangos_alphabet_both_ways() {
        assertThat(Base62.encode(0)).isEqualTo("0");
        assertThat(Base62.encode(61)).isEqualTo("z");
        assertThat(Base62.encode(62)).isEqualTo("10");
        assertThat(Base62.encode(-62)).isEqualTo("-10");
        assertThat(Base62.encode(1_700_000_000)).isEqualTo("1r31eq");
        assertThat(Base62.decode("1r31eq")).isEqualTo(1_700_000_000L);
        assertThat(Base62.decode("-10")).isEqualTo(-62);
        assertThat(Base62.decode(Base62.encode(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Base62.decode("")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Base62.decode("zzzzzzzzzzzz")).isInstanceOf(NumberFormatException.class);
    }
}
