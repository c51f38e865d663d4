package dev.jango.management.commands;

import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.ManagedUserStore;
import dev.jango.contrib.auth.UserStore;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.conf.Settings;
import dev.jango.core.handlers.GatewayHandler;
import dev.jango.management.CommandContext;
import dev.jango.management.CommandError;
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
    static UserStore store(Settings settings) {
        Optional<UserStore> component = settings.component(UserStore.class);
        if (component.isPresent()) {
            return component.get();
        }
        return authentication(settings).map(AuthenticationMiddleware::users).orElseThrow(() -> new CommandError(
                "this app has no user store: register one with Settings.builder().component(users), or list "
                        + "AuthenticationMiddleware.builder().users(users).build() in the middleware"));
    }

    /**
     * The hashers new passwords are made with: the store's, else a {@link PasswordHashers} component, else the
     * authentication middleware's.
     *
     * @throws CommandError when none says
     */
    static PasswordHashers hashers(Settings settings, UserStore store) {
        if (store instanceof ManagedUserStore managed) {
            return managed.hashers();
        }
        return settings.component(PasswordHashers.class)
                .or(() -> authentication(settings).map(AuthenticationMiddleware::hashers))
                .orElseThrow(() -> new CommandError(store.getClass().getName() + " does not say how it hashes "
                        + "passwords: implement ManagedUserStore in it, or register the app's PasswordHashers with "
                        + "Settings.builder().component(hashers)"));
    }

    /**
     * The app's store, when tools may add users to it.
     *
     * @throws CommandError when the app has no store, or one that only finds users
     */
    static ManagedUserStore managedStore(Settings settings) {
        UserStore store = store(settings);
        if (store instanceof ManagedUserStore managed) {
            return managed;
        }
        throw new CommandError(store.getClass().getName() + " cannot create users: implement ManagedUserStore "
                + "(createSuperuser and hashers) in it to use createsuperuser");
    }

    /** The app, built and started (its start-up hooks open the pools the store needs); stop it when done. */
    static GatewayHandler started(Settings settings) {
        GatewayHandler app = dev.jango.core.Jango.application(settings);
        app.start();
        return app;
    }

    /** The name of the person running the command, Django's default username: {@code USER} or {@code USERNAME}. */
    static String systemUsername(CommandContext context) {
        String name = context.env().getOrDefault("USER", context.env().getOrDefault("USERNAME", ""));
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Optional<AuthenticationMiddleware> authentication(Settings settings) {
        return settings.middleware().stream().filter(AuthenticationMiddleware.class::isInstance)
                .map(AuthenticationMiddleware.class::cast).findFirst();
    }
}
