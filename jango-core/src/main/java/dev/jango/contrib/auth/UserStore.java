package dev.jango.contrib.auth;

import java.util.Optional;

/**
 * Where users are found: the SPI behind {@link AuthenticationMiddleware} (Django's user model and
 * authentication backend in one). {@link InMemoryUserStore} ships with Jango; a JDBC store comes with
 * {@code jango-db}. Implementations are thread-safe. A store that tools may add users to is a
 * {@link ManagedUserStore}.
 */
public interface UserStore {

    /** The user with this {@link User#id()}, if any. */
    Optional<User> findById(String id);

    /** The user who logs in as {@code username}, if any. */
    Optional<User> findByUsername(String username);

    /** Replace the encoded password of user {@code id}: on password change, and when a login upgrades the hash. */
    void setPassword(String id, String encoded);
}
