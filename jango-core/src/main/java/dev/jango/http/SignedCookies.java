package dev.jango.http;

import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.conf.CoreSettings.SECRET_KEY_FALLBACKS;

import dev.jango.conf.Settings;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.core.signing.BadSignature;
import dev.jango.core.signing.SignatureExpired;
import dev.jango.core.signing.TimestampSigner;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sign cookie values and check them, as Django's {@code set_signed_cookie} and {@code get_signed_cookie} do.
 *
 * <p>A value is signed with a {@link TimestampSigner} salted with the cookie name followed by the caller's salt,
 * and keyed, like Django's {@code get_cookie_signer}, with {@code "django.http.cookies"} followed by the secret
 * key, so cookies signed by Django verify here and the other way round. Fallback keys are accepted when checking,
 * never used to sign. Make one per application from the settings; immutable and thread-safe.
 */
public final class SignedCookies {

    /** What Django puts before the secret key to make the cookie signing key. */
    static final String KEY_PREFIX = "django.http.cookies";

    private final String key;
    private final List<String> fallbackKeys;
    private final Clock clock;

    private SignedCookies(String secretKey, List<String> fallbackKeys, Clock clock) {
        Objects.requireNonNull(secretKey, "secretKey");
        if (secretKey.isEmpty()) {
            throw new IllegalArgumentException("Signed cookies need a secret key; set secretKey in the settings");
        }
        this.key = KEY_PREFIX + secretKey;
        this.fallbackKeys = Objects.requireNonNull(fallbackKeys, "fallbackKeys").stream()
                .map(k -> KEY_PREFIX + Objects.requireNonNull(k, "fallback key")).toList();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sign with {@code secretKey}, accept {@code fallbackKeys} too, and date signatures with {@code clock}.
     *
     * @throws IllegalArgumentException when {@code secretKey} is empty
     */
    public static SignedCookies of(String secretKey, List<String> fallbackKeys, Clock clock) {
        return new SignedCookies(secretKey, fallbackKeys, clock);
    }

    /**
     * Signed cookies keyed from {@code settings}' secret key and its fallbacks, dated with the system clock.
     *
     * @throws ImproperlyConfigured when the settings have no secret key
     */
    public static SignedCookies of(Settings settings) {
        if (settings.get(SECRET_KEY).isBlank()) {
            throw new ImproperlyConfigured("Signed cookies need a secret key; set JANGO_SECRET_KEY or "
                    + "Settings.builder().set(SECRET_KEY, ...)");
        }
        return of(settings.get(SECRET_KEY), settings.get(SECRET_KEY_FALLBACKS));
    }

    /**
     * Sign with {@code secretKey}, accept {@code fallbackKeys} too, and date signatures with the system clock.
     *
     * @throws IllegalArgumentException when {@code secretKey} is empty
     */
    public static SignedCookies of(String secretKey, List<String> fallbackKeys) {
        return new SignedCookies(secretKey, fallbackKeys, Clock.systemUTC());
    }

    /**
     * Return the value to send for cookie {@code name}: {@code value}, a timestamp and a signature that only
     * verifies for this name and {@code salt} ({@code ""} for none).
     */
    public String sign(String name, String value, String salt) {
        return signer(name, salt).sign(Objects.requireNonNull(value, "value"));
    }

    /**
     * Return {@code cookie} with its value replaced by the signed value, its attributes kept.
     *
     * @throws IllegalArgumentException when the signed value cannot be sent (a value beyond ISO-8859-1)
     */
    public Cookie sign(Cookie cookie, String salt) {
        return cookie.withValue(sign(cookie.name(), cookie.value(), salt));
    }

    /**
     * Return the original value inside {@code signedValue}, sent as cookie {@code name} and signed with
     * {@code salt}, when the signature matches and it was signed at most {@code maxAge} ago ({@code null}: any age).
     *
     * @throws SignatureExpired when it is older than {@code maxAge}
     * @throws BadSignature when it was not signed for this name and salt with the key or a fallback key, or is
     *     malformed
     */
    public String unsign(String name, String signedValue, String salt, Duration maxAge) {
        return signer(name, salt).unsign(Objects.requireNonNull(signedValue, "signedValue"), maxAge);
    }

    /**
     * Return the checked value of cookie {@code name} in {@code cookies} (as {@link Cookies#parse} gives them), or
     * empty when it is absent, tampered with, signed for another salt, or older than {@code maxAge}.
     */
    public Optional<String> get(Map<String, String> cookies, String name, String salt, Duration maxAge) {
        String signed = cookies.get(name);
        if (signed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(unsign(name, signed, salt, maxAge));
        } catch (BadSignature e) {
            return Optional.empty();
        }
    }

    private TimestampSigner signer(String name, String salt) {
        Objects.requireNonNull(name, "name");
        return TimestampSigner.builder(key).salt(name + Objects.requireNonNull(salt, "salt"))
                .fallbackKeys(fallbackKeys).clock(clock).build();
    }
}
