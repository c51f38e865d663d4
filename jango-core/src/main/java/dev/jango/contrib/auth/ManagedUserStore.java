package dev.jango.contrib.auth;

import dev.jango.contrib.auth.hashers.PasswordHashers;

/**
 * A {@link UserStore} that tools may add users to and set passwords in: what the {@code createsuperuser} and
 * {@code changepassword} commands need beyond finding users. Both of Jango's stores are managed; a store that only
 * finds users (say, from a directory service) implements {@link UserStore} alone, and the commands say so.
 */
public interface ManagedUserStore extends UserStore {

    /**
     * Add an active superuser (staff, every permission) who logs in with {@code password}. {@code email} may be
     * empty; a store that keeps no email address (both of Jango's) ignores it.
     *
     * @throws IllegalArgumentException when {@code username} is taken
     */
    User createSuperuser(String username, String email, String password);

    /** The hashers this store hashes new passwords with, so that tools encode passwords the way the store does. */
    PasswordHashers hashers();
}
