package dev.jango.core.signing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Coverage-guided fuzzing of signing: any text given to {@code unsign} and {@code loads} is a value or a
 * {@link BadSignature} (which callers turn into "no value", or a 400), never another exception; and whatever is
 * signed unsigns to itself, compressed or not.
 */
class SigningFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Signer SIGNER = Signer.builder("secret").fallbackKeys(List.of("old")).build();
    private static final TimestampSigner TIMESTAMPED = Signing.signer("secret").clock(CLOCK).build();

    /** Input: read by {@link FuzzedDataProvider}; a seed's bytes end up mostly in the text unsigned. */
    @FuzzTest(maxDuration = "8s")
    void any_text_unsigns_or_is_a_bad_signature_and_signed_values_round_trip(FuzzedDataProvider data) {
        boolean compress = data.consumeBoolean();
        long maxAgeSeconds = data.consumeLong(0, 1_000_000);
        String text = data.consumeRemainingAsString();

        refusedOnlyWithBadSignature(() -> SIGNER.unsign(text));
        refusedOnlyWithBadSignature(() -> TIMESTAMPED.unsign(text, Duration.ofSeconds(maxAgeSeconds)));
        refusedOnlyWithBadSignature(() -> Signing.loads(text, TIMESTAMPED, null));

        assertThat(SIGNER.unsign(SIGNER.sign(text))).isEqualTo(text);
        assertThat(TIMESTAMPED.unsign(TIMESTAMPED.sign(text), Duration.ZERO)).isEqualTo(text);
        byte[] json = text.getBytes(UTF_8);
        assertThat(Signing.loads(Signing.dumps(json, TIMESTAMPED, compress), TIMESTAMPED, null)).isEqualTo(json);
    }

    private static void refusedOnlyWithBadSignature(Runnable unsign) {
        try {
            unsign.run();
        } catch (BadSignature e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
