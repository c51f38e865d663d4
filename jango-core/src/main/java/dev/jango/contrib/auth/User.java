package dev.jango.contrib.auth;

import java.util.Set;

/**
 * A person who can log in, as the authentication layer sees them: what Django's user model offers the cycle.
 *
 * <p>Implement it on your own user type, or use {@link SimpleUser}. {@link #password()} is the encoded hash
 * ({@code pbkdf2_sha256$...}), never the password itself. {@link #id()} is stable for the user's lifetime:
 * sessions remember it.
 */
public interface User {

    /** The stable identifier sessions store; null only for the anonymous user. */
    String id();

    /** The name the user logs in with; empty for the anonymous user. */
    String username();

    /** The encoded password hash, or an unusable one ({@code !...}) when the user cannot log in with a password. */
    String password();

    /** Whether the account may log in; inactive users are refused by {@link Auth#authenticate}. */
    default boolean isActive() {
        return true;
    }

    /** Whether the user may use staff-only pages. */
    default boolean isStaff() {
        return false;
    }

    /** Whether the user has every permission without being granted them. */
    default boolean isSuperuser() {
        return false;
    }

    /** The permissions granted, as {@code "app.codename"} strings (for example {@code "polls.add_question"}). */
    default Set<String> permissions() {
        return Set.of();
    }

    /** True for every real user, false for {@link AnonymousUser}. */
    default boolean isAuthenticated() {
        return true;
    }

    /** Whether the user holds {@code permission}: active superusers hold all, inactive users none. */
    default boolean hasPerm(String permission) {
        return isActive() && (isSuperuser() || permissions().contains(permission));
    }
}
