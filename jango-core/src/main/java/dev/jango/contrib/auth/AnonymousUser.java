package dev.jango.contrib.auth;

/** The user of a request nobody is logged in to: not authenticated, no permissions. */
public final class AnonymousUser implements User {

    /** The one anonymous user. */
    public static final AnonymousUser INSTANCE = new AnonymousUser();

    private AnonymousUser() {}

    @Override
    public String id() {
        return null;
    }

    @Override
    public String username() {
        return "";
    }

    @Override
    public String password() {
        return "!";
    }

    @Override
    public boolean isActive() {
        return false;
    }

    @Override
    public boolean isAuthenticated() {
        return false;
    }

    @Override
    public String toString() {
        return "AnonymousUser";
    }
}
