package dev.jango.contrib.auth.management;

import dev.jango.Jango;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.ManagedUserStore;
import dev.jango.contrib.auth.UserStore;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.management.base.CommandContext;
import dev.jango.management.base.CommandError;
import java.util.Optional;
import java.util.regex.Pattern;

/** The app's user store and password hashers, for {@code createsuperuser} and {@code changepassword}. */
final class Users {

    /** Django's username validator: letters, digits and @ . + - _ (any script), at most 150 characters. */
    static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}@.+\\-_]{1,150}");

    private Users() {}

    /**
     * The {@link UserStore} component, else the store of the app's {@link AuthenticationMiddleware}.
     *
     * @throws CommandError when the app has neither
     */
    static UserStore store(Jango app) {
        Optional<UserStore> component = app.component(UserStore.class);
        if (component.isPresent()) {
            return component.get();
        }
        return authentication(app).map(AuthenticationMiddleware::users).orElseThrow(() -> new CommandError(
                "this app has no user store: register one with Jango.builder().component(users), or install "
                        + "Auth.app(users) in the middleware (MiddlewareStack.defaults().install(Auth.app(users)))"));
    }

    /**
     * The hashers new passwords are made with: the store's, else a {@link PasswordHashers} component, else the
     * authentication middleware's.
     *
     * @throws CommandError when none says
     */
    static PasswordHashers hashers(Jango app, UserStore store) {
        if (store instanceof ManagedUserStore managed) {
            return managed.hashers();
        }
        return app.component(PasswordHashers.class)
                .or(() -> authentication(app).map(AuthenticationMiddleware::hashers))
                .orElseThrow(() -> new CommandError(store.getClass().getName() + " does not say how it hashes "
                        + "passwords: implement ManagedUserStore in it, or register the app's PasswordHashers with "
                        + "Jango.builder().component(hashers)"));
    }

    /**
     * The app's store, when tools may add users to it.
     *
     * @throws CommandError when the app has no store, or one that only finds users
     */
    static ManagedUserStore managedStore(Jango app) {
        UserStore store = store(app);
        if (store instanceof ManagedUserStore managed) {
            return managed;
        }
        throw new CommandError(store.getClass().getName() + " cannot create users: implement ManagedUserStore "
                + "(createSuperuser and hashers) in it to use createsuperuser");
    }

    /** {@code app}, started (its start-up hooks open the pools the store needs); stop it when done. */
    static Jango started(Jango app) {
        app.start();
        return app;
    }

    /** The name of the person running the command, Django's default username: {@code USER} or {@code USERNAME}. */
    static String systemUsername(CommandContext context) {
        String name = context.env().getOrDefault("USER", context.env().getOrDefault("USERNAME", ""));
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Optional<AuthenticationMiddleware> authentication(Jango app) {
        return app.middleware().stream().filter(AuthenticationMiddleware.class::isInstance)
                .map(AuthenticationMiddleware.class::cast).findFirst();
    }
}
