package dev.jango.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sign strings and check them, as Django's {@code django.core.signing.Signer} does.
 *
 * <p>{@code sign("hello")} gives {@code hello:<signature>}: the signature is an HMAC over the value with a key
 * derived from the secret key and the salt ({@code salted_hmac(salt + "signer", value, key)}), in unpadded
 * base64url. Verification tries the primary key, then each fallback key, so keys can be rotated; signing always
 * uses the primary. Immutable and thread-safe.
 */
public final class Signer {

    /** The salt Django gives a {@code Signer} made without one: its Python class path. */
    public static final String DEFAULT_SALT = "django.core.signing.Signer";

    private static final Pattern UNSAFE_SEPARATOR = Pattern.compile("[A-z0-9\\-_=]*");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String separator;
    private final String salt;
    private final Algorithm algorithm;
    private final List<SecretKeySpec> keys;

    private Signer(Builder b) {
        this.separator = b.separator;
        this.salt = b.salt;
        this.algorithm = b.algorithm;
        List<SecretKeySpec> derived = new ArrayList<>();
        derived.add(deriveKey(b.key));
        b.fallbackKeys.forEach(k -> derived.add(deriveKey(k)));
        this.keys = List.copyOf(derived);
    }

    /** Start a signer keyed with {@code key} (usually the {@code secretKey} setting). */
    public static Builder builder(String key) {
        return new Builder(key, DEFAULT_SALT);
    }

    /** Return {@code value}, the separator and the signature of {@code value} made with the primary key. */
    public String sign(String value) {
        Objects.requireNonNull(value, "value");
        return value + separator + signature(value, keys.getFirst());
    }

    /**
     * Return the value inside {@code signedValue} when its signature matches the primary or a fallback key.
     *
     * @throws BadSignature when there is no separator or no key gives the signature found
     */
    public String unsign(String signedValue) {
        Objects.requireNonNull(signedValue, "signedValue");
        int at = signedValue.lastIndexOf(separator);
        if (at < 0) {
            throw new BadSignature("No \"" + separator + "\" found in value");
        }
        String value = signedValue.substring(0, at);
        byte[] given = signedValue.substring(at + separator.length()).getBytes(StandardCharsets.UTF_8);
        boolean matched = false;
        for (SecretKeySpec key : keys) {
            // Check every key, so the time taken does not tell which key (if any) matched.
            matched |= MessageDigest.isEqual(given, signature(value, key).getBytes(StandardCharsets.US_ASCII));
        }
        if (!matched) {
            throw new BadSignature("Signature does not match");
        }
        return value;
    }

    /** The signature {@code sign} appends to {@code value}, made with the primary key. */
    public String signature(String value) {
        return signature(Objects.requireNonNull(value, "value"), keys.getFirst());
    }

    /** The separator between value and signature, {@code ":"} unless set. */
    public String separator() {
        return separator;
    }

    /** The salt that namespaces this signer's signatures. */
    public String salt() {
        return salt;
    }

    private String signature(String value, SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(algorithm.mac);
            mac.init(key);
            return BASE64URL.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.mac + " is not available in this JDK", e);
        }
    }

    /** Django's salted_hmac key: the digest of {@code salt + "signer"} followed by the secret. */
    private SecretKeySpec deriveKey(String secret) {
        return SaltedHmac.key(salt + "signer", secret, algorithm.digest, algorithm.mac);
    }

    /** The hash algorithms Django's signer accepts by their Python names, with their JDK names. */
    enum Algorithm {
        SHA1("sha1", "SHA-1", "HmacSHA1"),
        SHA256("sha256", "SHA-256", "HmacSHA256"),
        SHA384("sha384", "SHA-384", "HmacSHA384"),
        SHA512("sha512", "SHA-512", "HmacSHA512");

        final String python;
        final String digest;
        final String mac;

        Algorithm(String python, String digest, String mac) {
            this.python = python;
            this.digest = digest;
            this.mac = mac;
        }

        static Algorithm named(String name) {
            for (Algorithm a : values()) {
                if (a.python.equals(name)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("Unsupported signing algorithm '" + name
                    + "' (use sha1, sha256, sha384 or sha512)");
        }
    }

    /** Settings for a {@link Signer}; not thread-safe, the signer it builds is. */
    public static final class Builder {

        private final String key;
        private String salt;
        private String separator = ":";
        private Algorithm algorithm = Algorithm.SHA256;
        private List<String> fallbackKeys = List.of();

        Builder(String key, String defaultSalt) {
            this.key = requireKey(key, "key");
            this.salt = defaultSalt;
        }

        /** Namespace the signatures; an empty or null salt keeps the default, as in Django. */
        public Builder salt(String salt) {
            if (salt != null && !salt.isEmpty()) {
                this.salt = salt;
            }
            return this;
        }

        /**
         * Separate value and signature with {@code separator} instead of {@code ":"}.
         *
         * @throws IllegalArgumentException when it is empty or only {@code A-z0-9-_=}, which could be part of a
         *     signature ("Unsafe Signer separator", as in Django)
         */
        public Builder separator(String separator) {
            Objects.requireNonNull(separator, "separator");
            if (UNSAFE_SEPARATOR.matcher(separator).matches()) {
                throw new IllegalArgumentException("Unsafe Signer separator: '" + separator
                        + "' (cannot be empty or consist of only A-z0-9-_=)");
            }
            this.separator = separator;
            return this;
        }

        /** Also accept signatures made with these earlier keys (never used to sign). */
        public Builder fallbackKeys(List<String> keys) {
            List<String> copy = List.copyOf(Objects.requireNonNull(keys, "keys"));
            copy.forEach(k -> requireKey(k, "fallback key"));
            this.fallbackKeys = copy;
            return this;
        }

        /**
         * Use another hash by its Python name: {@code sha1}, {@code sha256} (the default), {@code sha384},
         * {@code sha512}.
         *
         * @throws IllegalArgumentException for any other name
         */
        public Builder algorithm(String name) {
            this.algorithm = Algorithm.named(Objects.requireNonNull(name, "algorithm"));
            return this;
        }

        /** Make the signer. */
        public Signer build() {
            return new Signer(this);
        }

        private static String requireKey(String key, String what) {
            Objects.requireNonNull(key, what);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("The signing " + what + " must not be empty");
            }
            return key;
        }
    }
}
