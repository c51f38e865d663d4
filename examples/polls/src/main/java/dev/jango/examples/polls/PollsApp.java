package dev.jango.examples.polls;

import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;

import dev.jango.contrib.auth.Access;
import dev.jango.contrib.auth.LoginView;
import dev.jango.contrib.auth.LogoutView;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.conf.Settings;
import dev.jango.db.Database;
import dev.jango.db.DatabaseConfig;
import dev.jango.db.DatabaseSessionStore;
import dev.jango.db.JdbcUserStore;
import dev.jango.http.Redirect;
import dev.jango.middleware.Middleware;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.contrib.staticfiles.StaticFilesMiddleware;
import dev.jango.templates.pebble.PebbleTemplates;
import dev.jango.urls.Urls;
import dev.jango.views.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Django's tutorial app, assembled: the settings a {@code Main} or a test starts. */
public final class PollsApp {

    /** Where the app keeps its data unless {@code JANGO_DATABASE_URL} says otherwise: H2 files in {@code ./data}. */
    static final String DEFAULT_DATABASE = "jdbc:h2:file:./data/polls";

    /** The development secret; set JANGO_SECRET_KEY in production (debug off refuses to start without one). */
    static final String DEV_SECRET = "polls-development-secret-not-for-production";

    private final Database database;
    private final JdbcUserStore users;
    private final Settings settings;

    /**
     * The app on {@code config}'s database, with the environment {@code env} overriding settings
     * ({@code JANGO_DEBUG}, {@code JANGO_SECRET_KEY}, {@code JANGO_ALLOWED_HOSTS}, {@code JANGO_DATABASE_*}).
     */
    public PollsApp(DatabaseConfig config, Map<String, String> env, PasswordHashers hashers) {
        database = new Database(config.fromEnvironment(env));
        users = new JdbcUserStore(database, hashers);
        StaticFiles statics = StaticFiles.builder().classpath("static").build();
        List<Middleware> stack = new ArrayList<>(Middleware.defaults());
        stack.add(2, new StaticFilesMiddleware(statics));
        stack.set(3, SessionMiddleware.builder().store(new DatabaseSessionStore(database)).build());
        stack.add(6, dev.jango.contrib.auth.AuthenticationMiddleware.builder().users(users).hashers(hashers).build());
        Settings.Builder builder = Settings.builder(env).debug(true).secretKey(DEV_SECRET)
                .allowedHosts("127.0.0.1", "localhost", "[::1]", "testserver")
                .middleware(stack)
                .templateEngine(PebbleTemplates.builder().staticUrls(statics::url).build())
                .urls(
                        path("", (request, kwargs) -> Redirect.to(Urls.reverse("polls:index"))),
                        include("polls/", Urls.app("polls", List.of(
                                path("", PollsViews::index, "index"),
                                path("<int:question_id>/", PollsViews::detail, "detail"),
                                path("<int:question_id>/results/", PollsViews::results, "results"),
                                path("<int:question_id>/vote/", Views.requirePost(PollsViews::vote), "vote")))),
                        path("accounts/login/", new LoginView(), "login"),
                        path("accounts/logout/", new LogoutView(), "logout"),
                        path("staff/questions/add/", Access.staffMemberRequired(
                                Views.requireMethods(List.of("GET", "POST"), PollsViews::addQuestion)), "add_question"));
        // Management commands find the app's parts here: createsuperuser and changepassword the users,
        // collectstatic the static files; Database.install registers the database for migrate/showmigrations.
        builder.component(users).component(statics);
        database.install(builder);
        settings = builder.build();
    }

    /**
     * Return the settings {@code Main} runs: the app on {@link #DEFAULT_DATABASE} with the process environment
     * overriding the code and Django's password hashing. Each call builds a new app (its own connection pool),
     * as the autoreloader needs.
     */
    public static Settings fromEnvironment() {
        return new PollsApp(DatabaseConfig.of(DEFAULT_DATABASE), System.getenv(), PasswordHashers.defaults())
                .settings();
    }

    /** The settings to run. */
    public Settings settings() {
        return settings;
    }

    /** The database. */
    public Database database() {
        return database;
    }

    /** The users, for creating the staff user. */
    public JdbcUserStore users() {
        return users;
    }
}
