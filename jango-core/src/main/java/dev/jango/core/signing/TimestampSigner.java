package dev.jango.core.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Sign strings with the time they were signed, as Django's {@code django.core.signing.TimestampSigner} does.
 *
 * <p>{@code sign("hello")} gives {@code hello:<base62 epoch seconds>:<signature>}, the signature covering value and
 * timestamp. {@link #unsign(String, Duration)} also refuses values older than a maximum age. The clock is
 * injectable so tests need no sleeps. Immutable and thread-safe.
 */
public final class TimestampSigner {

    /** The salt Django gives a {@code TimestampSigner} made without one: its Python class path. */
    public static final String DEFAULT_SALT = "django.core.signing.TimestampSigner";

    private final Signer signer;
    private final Clock clock;

    private TimestampSigner(Signer signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
    }

    /** Start a timestamp signer keyed with {@code key} (usually the {@code secretKey} setting). */
    public static Builder builder(String key) {
        return new Builder(key);
    }

    /** Return {@code value}, the current time in base62 seconds and the signature of both. */
    public String sign(String value) {
        Objects.requireNonNull(value, "value");
        return signer.sign(value + signer.separator() + Base62.encode(clock.instant().getEpochSecond()));
    }

    /**
     * Return the value inside {@code signedValue} when its signature matches, whatever its age.
     *
     * @throws BadSignature when the signature does not match or the timestamp is missing or not base62
     */
    public String unsign(String signedValue) {
        return unsign(signedValue, null);
    }

    /**
     * Return the value inside {@code signedValue} when its signature matches and it was signed at most
     * {@code maxAge} ago ({@code null}: any age).
     *
     * @throws SignatureExpired when it is older than {@code maxAge}
     * @throws BadSignature when the signature does not match or the timestamp is missing or not base62
     */
    public String unsign(String signedValue, Duration maxAge) {
        String valueAndTimestamp = signer.unsign(signedValue);
        int at = valueAndTimestamp.lastIndexOf(signer.separator());
        if (at < 0) {
            throw new BadSignature("No timestamp found in value");
        }
        long timestamp;
        try {
            timestamp = Base62.decode(valueAndTimestamp.substring(at + signer.separator().length()));
        } catch (NumberFormatException e) {
            throw new BadSignature("Timestamp is not base62: " + e.getMessage(), e);
        }
        if (timestamp < Instant.MIN.getEpochSecond() || timestamp > Instant.MAX.getEpochSecond()) {
            throw new BadSignature("Timestamp is out of range");
        }
        if (maxAge != null) {
            Duration age = Duration.between(Instant.ofEpochSecond(timestamp), clock.instant());
            if (age.compareTo(maxAge) > 0) {
                throw new SignatureExpired(age, maxAge);
            }
        }
        return valueAndTimestamp.substring(0, at);
    }

    /** The signer underneath, which signs {@code value:timestamp}. */
    public Signer signer() {
        return signer;
    }

    /** The clock that dates signatures and measures their age. */
    public Clock clock() {
        return clock;
    }

    /** Settings for a {@link TimestampSigner}; not thread-safe, the signer it builds is. */
    public static final class Builder {

        private final Signer.Builder signer;
        private Clock clock = Clock.systemUTC();

        private Builder(String key) {
            this.signer = new Signer.Builder(key, DEFAULT_SALT);
        }

        /** Namespace the signatures; an empty or null salt keeps the default, as in Django. */
        public Builder salt(String salt) {
            signer.salt(salt);
            return this;
        }

        /**
         * Separate the parts with {@code separator} instead of {@code ":"}.
         *
         * @throws IllegalArgumentException when it is empty or only {@code A-z0-9-_=}
         */
        public Builder separator(String separator) {
            signer.separator(separator);
            return this;
        }

        /** Also accept signatures made with these earlier keys (never used to sign). */
        public Builder fallbackKeys(List<String> keys) {
            signer.fallbackKeys(keys);
            return this;
        }

        /**
         * Use another hash by its Python name: {@code sha1}, {@code sha256} (the default), {@code sha384},
         * {@code sha512}.
         *
         * @throws IllegalArgumentException for any other name
         */
        public Builder algorithm(String name) {
            signer.algorithm(name);
            return this;
        }

        /** Date and age signatures with {@code clock} (the system UTC clock unless set). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Make the signer. */
        public TimestampSigner build() {
            return new TimestampSigner(signer.build(), clock);
        }
    }
}
