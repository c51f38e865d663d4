package dev.jango.contrib.auth;

import java.util.Objects;
import java.util.Set;

/** A ready-made {@link User}: what Django's default user model holds for authentication. */
public record SimpleUser(String id, String username, String password, boolean isActive, boolean isStaff,
        boolean isSuperuser, Set<String> permissions) implements User {

    /** Check the fields; permissions are copied. */
    public SimpleUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        permissions = Set.copyOf(permissions);
    }

    /** This user with another encoded password. */
    public SimpleUser withPassword(String encoded) {
        return new SimpleUser(id, username, encoded, isActive, isStaff, isSuperuser, permissions);
    }

    @Override
    public String toString() {
        return "SimpleUser[" + username + "]"; // never the hash
    }
}
