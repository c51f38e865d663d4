package dev.jango.http;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A typed key for a value that travels with a request, like the attributes Django's middleware sets
 * ({@code request.session}, {@code request.user}).
 *
 * <pre>{@code
 * public final class Tenants {
 *     private static final Attribute<Tenant> TENANT = Attribute.named("tenant");
 *
 *     public static Tenant of(Request request) { return request.attribute(TENANT); }   // read by views
 *     static void set(Request request, Tenant tenant) { request.setAttribute(TENANT, tenant); } // by your middleware
 * }
 * }</pre>
 *
 * <p>The package that owns a value owns its key, and usually keeps it private behind a static accessor, as
 * {@code Session.of(request)} and {@code Auth.user(request)} do. Keys compare by identity: two keys with one name
 * are two attributes. Declare keys as constants: each costs one slot in every request that sets an attribute.
 */
public final class Attribute<T> {

    private static final AtomicInteger COUNT = new AtomicInteger();

    final int index;
    private final String name;

    private Attribute(String name) {
        this.name = Objects.requireNonNull(name, "name");
        this.index = COUNT.getAndIncrement();
    }

    /** A new key; {@code name} is for messages and debugging only. */
    public static <T> Attribute<T> named(String name) {
        return new Attribute<>(name);
    }

    static int count() {
        return COUNT.get();
    }

    /** The name given to {@link #named}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Attribute " + name;
    }
}
