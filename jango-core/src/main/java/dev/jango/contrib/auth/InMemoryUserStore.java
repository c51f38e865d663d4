package dev.jango.contrib.auth;

import dev.jango.contrib.auth.hashers.PasswordHashers;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Users kept in memory: for tests, demos and apps with a handful of fixed accounts. Passwords are hashed with
 * the given hashers on creation. Thread-safe.
 */
public final class InMemoryUserStore implements ManagedUserStore {

    private final PasswordHashers hashers;
    private final Map<String, SimpleUser> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByUsername = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** An empty store hashing passwords with {@code hashers}. */
    public InMemoryUserStore(PasswordHashers hashers) {
        this.hashers = Objects.requireNonNull(hashers, "hashers");
    }

    /** Add an active user who logs in with {@code password} and holds {@code permissions}. */
    public SimpleUser createUser(String username, String password, String... permissions) {
        return add(username, password, false, false, Set.of(permissions));
    }

    /** Add an active staff member (staff pages) holding {@code permissions}. */
    public SimpleUser createStaff(String username, String password, String... permissions) {
        return add(username, password, true, false, Set.of(permissions));
    }

    /** Add an active superuser: staff, and every permission. */
    public SimpleUser createSuperuser(String username, String password) {
        return add(username, password, true, true, Set.of());
    }

    /** Add an active superuser; this store keeps no email address, so {@code email} is ignored. */
    @Override
    public SimpleUser createSuperuser(String username, String email, String password) {
        return createSuperuser(username, password);
    }

    /** The hashers new passwords are hashed with. */
    @Override
    public PasswordHashers hashers() {
        return hashers;
    }

    /**
     * Add {@code user} as given (its password already encoded).
     *
     * @throws IllegalArgumentException when its id or username is taken
     */
    public SimpleUser add(SimpleUser user) {
        if (idByUsername.putIfAbsent(user.username(), user.id()) != null) {
            throw new IllegalArgumentException("A user named '" + user.username() + "' already exists");
        }
        if (byId.putIfAbsent(user.id(), user) != null) {
            idByUsername.remove(user.username());
            throw new IllegalArgumentException("A user with id '" + user.id() + "' already exists");
        }
        return user;
    }

    /** Mark user {@code id} active or inactive. */
    public void setActive(String id, boolean active) {
        byId.computeIfPresent(id, (key, u) -> new SimpleUser(u.id(), u.username(), u.password(), active, u.isStaff(),
                u.isSuperuser(), u.permissions()));
    }

    @Override
    public Optional<User> findById(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    @Override
    public Optional<User> findByUsername(String username) {
        String id = username == null ? null : idByUsername.get(username);
        return findById(id);
    }

    @Override
    public void setPassword(String id, String encoded) {
        byId.computeIfPresent(id, (key, user) -> user.withPassword(encoded));
    }

    private SimpleUser add(String username, String password, boolean staff, boolean superuser, Set<String> perms) {
        String id;
        do {
            id = Long.toString(ids.incrementAndGet());
        } while (byId.containsKey(id));
        return add(new SimpleUser(id, username, hashers.make(password), true, staff, superuser, perms));
    }
}
