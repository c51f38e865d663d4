package dev.jango.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HttpDateTest {

    @Test
    void a_date_is_an_imf_fixdate_with_a_two_digit_day() {
        assertThat(HttpDate.format(Instant.parse("2026-12-07T23:10:02Z"))).isEqualTo("Mon, 07 Dec 2026 23:10:02 GMT");
        assertThat(HttpDate.format(Instant.parse("1994-11-06T08:49:37.999Z"))).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        assertThat(HttpDate.format(0)).isEqualTo("Thu, 01 Jan 1970 00:00:00 GMT");
    }

    @Test
    void every_second_agrees_with_the_jdk_pattern_from_year_1_to_9999() {
        DateTimeFormatter jdk = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC);
        Random random = new Random(42);
        long first = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (long second : new long[] {first, last, -1, 951_782_400L /* 2000-02-29 */, 4_107_542_400L /* 2100-03-01 */}) {
            assertThat(HttpDate.format(second)).isEqualTo(jdk.format(Instant.ofEpochSecond(second)));
        }
        for (int i = 0; i < 100_000; i++) {
            long second = first + (long) (random.nextDouble() * (last - first));
            assertThat(HttpDate.format(second)).isEqualTo(jdk.format(Instant.ofEpochSecond(second)));
        }
    }

    @Test
    void a_year_that_four_digits_cannot_hold_is_refused() {
        assertThatThrownBy(() -> HttpDate.format(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("four-digit year");
        assertThatThrownBy(() -> HttpDate.format(Instant.parse("0000-12-31T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
