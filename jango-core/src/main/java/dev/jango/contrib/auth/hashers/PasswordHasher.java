package dev.jango.contrib.auth.hashers;

/**
 * One password-hashing scheme in Django's encoded format, {@code <algorithm>$...}, so hashes move between
 * Django and Jango databases. Implementations are immutable and thread-safe.
 */
public interface PasswordHasher {

    /** The algorithm name that starts every hash this hasher makes, for example {@code pbkdf2_sha256}. */
    String algorithm();

    /** A new random salt. */
    String salt();

    /** The encoded hash of {@code password} with {@code salt}. */
    String encode(String password, String salt);

    /** Whether {@code password} matches {@code encoded} (a hash of this algorithm), compared in constant time. */
    boolean verify(String password, String encoded);

    /** Whether {@code encoded} was made with weaker parameters than this hasher's, so it should be re-hashed. */
    boolean mustUpdate(String encoded);
}
