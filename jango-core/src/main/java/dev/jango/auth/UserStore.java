package dev.jango.auth;

import dev.jango.auth.hashers.PasswordHashers;
import java.util.Optional;

/**
 * Where users are found: the SPI behind {@link AuthenticationMiddleware} (Django's user model and
 * authentication backend in one). {@link InMemoryUserStore} ships with Jango; a JDBC store comes with
 * {@code jango-db}. Implementations are thread-safe.
 */
public interface UserStore {

    /** The user with this {@link User#id()}, if any. */
    Optional<User> findById(String id);

    /** The user who logs in as {@code username}, if any. */
    Optional<User> findByUsername(String username);

    /** Replace the encoded password of user {@code id}: on password change, and when a login upgrades the hash. */
    void setPassword(String id, String encoded);

    /**
     * Add an active superuser (staff, every permission) who logs in with {@code password}: what the
     * {@code createsuperuser} command calls. {@code email} may be empty; a store that keeps no email address
     * (both of Jango's) ignores it.
     *
     * @throws IllegalArgumentException when {@code username} is taken
     * @throws UnsupportedOperationException when this store cannot create users (the default)
     */
    default User createSuperuser(String username, String email, String password) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot create users: implement "
                + "UserStore.createSuperuser(username, email, password) in it to use createsuperuser");
    }

    /**
     * The hashers this store hashes new passwords with, so that tools such as {@code changepassword} encode
     * passwords the way the store does; empty (the default) when the store does not say.
     */
    default Optional<PasswordHashers> hashers() {
        return Optional.empty();
    }
}
