package dev.jango.contrib.auth.hashers;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The password hashers an application accepts, like Django's {@code PASSWORD_HASHERS}: the first makes new
 * hashes, all verify, and a hash from any but the first (or from the first with weaker parameters) is
 * re-hashed with the first when its user logs in.
 *
 * <pre>{@code
 * PasswordHashers hashers = PasswordHashers.defaults();
 * String encoded = hashers.make("correct horse");
 * boolean ok = hashers.check(password, encoded, upgraded -> users.setPassword(id, upgraded));
 * }</pre>
 */
public final class PasswordHashers {

    /** What starts an unusable password (Django's {@code UNUSABLE_PASSWORD_PREFIX}). */
    public static final String UNUSABLE_PREFIX = "!";

    private final List<PasswordHasher> hashers;

    private PasswordHashers(List<PasswordHasher> hashers) {
        if (hashers.isEmpty()) {
            throw new IllegalArgumentException("PasswordHashers needs at least one hasher");
        }
        this.hashers = List.copyOf(hashers);
    }

    /** These hashers, the first preferred. */
    public static PasswordHashers of(PasswordHasher... hashers) {
        return new PasswordHashers(List.of(hashers));
    }

    /** Django's default: PBKDF2-SHA256 at {@value Pbkdf2PasswordHasher#DEFAULT_ITERATIONS} iterations. */
    public static PasswordHashers defaults() {
        return of(new Pbkdf2PasswordHasher());
    }

    /**
     * For test suites only: PBKDF2 with one iteration, so logging in costs microseconds instead of about a
     * second. Never use it in production: such hashes are as weak as plain SHA-256.
     */
    public static PasswordHashers forTests() {
        return of(new Pbkdf2PasswordHasher(1));
    }

    /** The hasher that makes new hashes. */
    public PasswordHasher preferred() {
        return hashers.getFirst();
    }

    /** The encoded hash of {@code password} with the preferred hasher and a fresh salt. */
    public String make(String password) {
        Objects.requireNonNull(password, "password");
        PasswordHasher hasher = preferred();
        return hasher.encode(password, hasher.salt());
    }

    /**
     * Whether {@code password} matches {@code encoded}. When it does and the hash should be upgraded, {@code upgrade}
     * receives the new hash to store. Null, unusable and unknown-algorithm hashes never match.
     */
    public boolean check(String password, String encoded, Consumer<String> upgrade) {
        if (password == null || !isUsable(encoded)) {
            return false;
        }
        PasswordHasher hasher = identify(encoded);
        if (hasher == null) {
            return false;
        }
        boolean correct = hasher.verify(password, encoded);
        if (correct && upgrade != null && (hasher != preferred() || hasher.mustUpdate(encoded))) {
            upgrade.accept(make(password));
        }
        return correct;
    }

    /** Whether {@code encoded} can ever match a password (not null, not unusable). */
    public static boolean isUsable(String encoded) {
        return encoded != null && !encoded.startsWith(UNUSABLE_PREFIX);
    }

    /** A hash no password matches, for accounts that log in another way. */
    public static String makeUnusable() {
        return UNUSABLE_PREFIX + Salts.random(40);
    }

    /** The hasher for {@code encoded}'s algorithm, or null when none of these knows it. */
    public PasswordHasher identify(String encoded) {
        int dollar = encoded.indexOf('$');
        String algorithm = dollar < 0 ? encoded : encoded.substring(0, dollar);
        for (PasswordHasher hasher : hashers) {
            if (hasher.algorithm().equals(algorithm)) {
                return hasher;
            }
        }
        return null;
    }
}
