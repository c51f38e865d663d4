package dev.jango.contrib.auth.jdbc;

import dev.jango.contrib.auth.ManagedUserStore;
import dev.jango.contrib.auth.SimpleUser;
import dev.jango.contrib.auth.User;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.db.Database;
import dev.jango.db.Db;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Users in the {@code jango_user} table: Django's user model for authentication, permissions as text. The
 * table is one of Jango's own, created by {@link Database#migrate()} (and at start-up when migrations are on).
 *
 * <pre>{@code
 * Database database = new Database(DatabaseConfig.of("jdbc:h2:file:./data/app"));
 * JdbcUserStore users = new JdbcUserStore(database, PasswordHashers.defaults());
 * Jango.Builder app = Jango.builder().middleware(MiddlewareStack.defaults().install(Auth.app(users)).toList());
 * database.install(app);
 * }</pre>
 *
 * <p>Like Django's {@code django.contrib.auth} with the database backend: this package is part of the auth app,
 * above the database layer ({@code dev.jango.db}), which knows nothing of users.
 */
public final class JdbcUserStore implements ManagedUserStore {

    private final Database database;
    private final PasswordHashers hashers;

    record Row(long id, String username, String password, boolean isActive, boolean isStaff, boolean isSuperuser,
            String permissions) {
        SimpleUser toUser() {
            Set<String> perms = permissions.isBlank() ? Set.of()
                    : Arrays.stream(permissions.split(",")).map(String::strip).collect(Collectors.toSet());
            return new SimpleUser(Long.toString(id), username, password, isActive, isStaff, isSuperuser, perms);
        }
    }

    /** Users in {@code database}, new passwords hashed with {@code hashers}. */
    public JdbcUserStore(Database database, PasswordHashers hashers) {
        this.database = Objects.requireNonNull(database, "database");
        this.hashers = Objects.requireNonNull(hashers, "hashers");
    }

    @Override
    public Optional<User> findById(String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return find("id = ?", key);
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return find("username = ?", username);
    }

    @Override
    public void setPassword(String id, String encoded) {
        try (Db db = database.open()) {
            db.update("update jango_user set password = ? where id = ?", encoded, Long.parseLong(id));
        }
    }

    /** Add an active user with {@code password} and {@code permissions}. */
    public User createUser(String username, String password, String... permissions) {
        return insert(username, password, false, false, permissions);
    }

    /** Add an active staff superuser. */
    public User createSuperuser(String username, String password) {
        return insert(username, password, true, true);
    }

    /** Add an active staff superuser; the {@code jango_user} table has no email column, so {@code email} is ignored. */
    @Override
    public User createSuperuser(String username, String email, String password) {
        return createSuperuser(username, password);
    }

    /** The hashers new passwords are hashed with. */
    @Override
    public PasswordHashers hashers() {
        return hashers;
    }

    /** Add an active staff member with {@code permissions}. */
    public User createStaff(String username, String password, String... permissions) {
        return insert(username, password, true, false, permissions);
    }

    private User insert(String username, String password, boolean staff, boolean superuser, String... permissions) {
        if (findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("A user named '" + username + "' already exists");
        }
        try (Db db = database.open()) {
            long id = db.insert("insert into jango_user (username, password, is_active, is_staff, is_superuser, "
                    + "permissions) values (?, ?, true, ?, ?, ?)", "id", username, hashers.make(password), staff,
                    superuser, String.join(",", new TreeSet<>(Arrays.asList(permissions))));
            return findById(Long.toString(id)).orElseThrow();
        }
    }

    private Optional<User> find(String where, Object arg) {
        try (Db db = database.open()) {
            return db.queryOne("select id, username, password, is_active, is_staff, is_superuser, permissions "
                    + "from jango_user where " + where, Row.class, arg).map(Row::toUser);
        }
    }
}
