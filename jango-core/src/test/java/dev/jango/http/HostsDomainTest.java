package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The per-request host scan accepts exactly what Django's host pattern accepts. */
class HostsDomainTest {

    /** Django's host_validation_re, the reference the hand-written scan must agree with. */
    private static final Pattern DJANGO = Pattern.compile("([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(:[0-9]+)?");

    private static String reference(String host) {
        Matcher m = DJANGO.matcher(host.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        String domain = m.group(1);
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }

    @Test
    void known_hosts_split_like_django() {
        assertThat(Hosts.domain("Example.COM:8000")).isEqualTo("example.com");
        assertThat(Hosts.domain("example.com.")).isEqualTo("example.com");
        assertThat(Hosts.domain("[::1]:8000")).isEqualTo("[::1]");
        assertThat(Hosts.domain("[2001:DB8::1]")).isEqualTo("[2001:db8::1]");
        assertThat(Hosts.domain("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(Hosts.domain("")).isNull();
        assertThat(Hosts.domain("example.com:")).isNull();
        assertThat(Hosts.domain("example.com:80a")).isNull();
        assertThat(Hosts.domain("exa_mple.com")).isNull();
        assertThat(Hosts.domain("a:b:80")).isNull();
        assertThat(Hosts.domain("[::1")).isNull();
        assertThat(Hosts.domain("[zz::1]")).isNull();
        assertThat(Hosts.domain("evil.com@good.com")).isNull();
        assertThat(Hosts.domain("good.com\r\nX: y")).isNull();
    }

    @Test
    void agrees_with_djangos_pattern_on_200_000_random_hosts() {
        String alphabet = "aZf09.-:[]_ @xX/\u00e9";
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder host = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                host.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = host.toString();
            assertThat(Hosts.domain(candidate)).as("domain of '%s'", candidate).isEqualTo(reference(candidate));
        }
    }
}
