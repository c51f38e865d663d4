package dev.jango.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of django-signing.tsv (made with Django itself) must come out byte for byte. */
class DjangoVectorsTest {

    /** One row: what signed it, the salt (empty: the default), the value and Django's output. */
    record Vector(String kind, String salt, String value, String signed) {
        @Override
        public String toString() {
            return kind + " [" + salt + "] " + value;
        }
    }

    private static final String RESOURCE = "django-signing.tsv";
    private static final Clock AT_1700000000 = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);

    static String secretKey() throws IOException {
        Matcher m = Pattern.compile("SECRET_KEY='([^']*)'").matcher(lines().getFirst());
        assertThat(m.find()).as("SECRET_KEY in the header").isTrue();
        return m.group(1);
    }

    static List<Vector> vectors() throws IOException {
        List<Vector> vectors = new ArrayList<>();
        for (String line : lines()) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t", -1);
                vectors.add(new Vector(f[0], f[1], f[2], f[3]));
            }
        }
        return vectors;
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = DjangoVectorsTest.class.getResourceAsStream(RESOURCE)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }

    @Test
    void the_file_has_every_kind_of_vector() throws IOException {
        assertThat(vectors()).extracting(Vector::kind)
                .contains("Signer", "TimestampSigner@1700000000", "dumps@1700000000,compress=True,JSONSerializer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void signs_exactly_as_django_and_verifies_djangos_output(Vector v) throws IOException {
        String key = secretKey();
        switch (v.kind()) {
            case "Signer" -> {
                Signer signer = Signer.builder(key).salt(v.salt()).build();
                assertThat(signer.sign(v.value())).isEqualTo(v.signed());
                assertThat(signer.unsign(v.signed())).isEqualTo(v.value());
            }
            case "TimestampSigner@1700000000" -> {
                TimestampSigner signer = TimestampSigner.builder(key).salt(v.salt()).clock(AT_1700000000).build();
                assertThat(signer.sign(v.value())).isEqualTo(v.signed());
                assertThat(signer.unsign(v.signed())).isEqualTo(v.value());
            }
            case "dumps@1700000000,compress=True,JSONSerializer" -> {
                TimestampSigner signer = Signing.signer(key).salt(v.salt()).clock(AT_1700000000).build();
                byte[] json = v.value().getBytes(StandardCharsets.UTF_8);
                assertThat(Signing.dumps(json, signer, true)).isEqualTo(v.signed());
                assertThat(Signing.loads(v.signed(), signer, null)).isEqualTo(json);
            }
            default -> throw new AssertionError("Unknown vector kind " + v.kind());
        }
    }
}
