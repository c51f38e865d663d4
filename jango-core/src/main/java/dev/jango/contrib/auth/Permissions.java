package dev.jango.contrib.auth;

import java.util.AbstractMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code perms["app.codename"]} in templates, for {@link Auth#contextProcessor()}. */
final class Permissions extends AbstractMap<String, Boolean> {
    private final User user;

    Permissions(User user) {
        this.user = user;
    }

    @Override
    public Boolean get(Object permission) {
        return permission instanceof String name && user.hasPerm(name);
    }

    @Override
    public boolean containsKey(Object permission) {
        return permission instanceof String;
    }

    @Override
    public boolean isEmpty() {
        return false; // every name answers, granted or not
    }

    /** The permissions granted explicitly (a superuser holds more than these). */
    @Override
    public Set<Entry<String, Boolean>> entrySet() {
        Set<Entry<String, Boolean>> entries = new HashSet<>();
        user.permissions().forEach(p -> entries.add(Map.entry(p, user.hasPerm(p))));
        return entries;
    }
}
