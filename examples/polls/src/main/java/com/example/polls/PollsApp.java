package com.example.polls;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;

import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.contrib.auth.Access;
import dev.jango.contrib.auth.Auth;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.LoginView;
import dev.jango.contrib.auth.LogoutView;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.auth.jdbc.JdbcUserStore;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.contrib.sessions.jdbc.DatabaseSessionStore;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.db.Database;
import dev.jango.db.DatabaseConfig;
import dev.jango.http.Redirect;
import dev.jango.templates.pebble.PebbleTemplates;
import dev.jango.urls.UrlEntry;
import dev.jango.urls.UrlResolver;
import dev.jango.urls.Urls;
import dev.jango.views.Views;
import java.util.List;
import java.util.Map;

/** Django's tutorial app, assembled: the application a {@code Main} or a test starts. */
public final class PollsApp {

    /**
     * Where the app keeps its data unless {@code JANGO_DATABASE_URL} says otherwise: H2 files in {@code ./data}, in
     * H2's mixed mode ({@code AUTO_SERVER=TRUE}): the first process to open the file (the server, say) also serves
     * it over TCP, so a management command run meanwhile ({@code createsuperuser}) uses the same database through
     * it instead of finding the file locked. {@link Main} keeps that TCP port on the loopback interface.
     */
    static final String DEFAULT_DATABASE = "jdbc:h2:file:./data/polls;AUTO_SERVER=TRUE";

    /** The development secret; set JANGO_SECRET_KEY in production (debug off refuses to start without one). */
    static final String DEV_SECRET = "polls-development-secret-not-for-production";

    private final Database database;
    private final JdbcUserStore users;
    private final Jango app;

    /**
     * The app on {@code config}'s database, with the environment {@code env} overriding settings
     * ({@code JANGO_DEBUG}, {@code JANGO_SECRET_KEY}, {@code JANGO_ALLOWED_HOSTS}, {@code JANGO_DATABASE_*}).
     */
    public PollsApp(DatabaseConfig config, Map<String, String> env, PasswordHashers hashers) {
        database = new Database(config.fromEnvironment(env));
        users = new JdbcUserStore(database, hashers);
        StaticFiles statics = StaticFiles.builder().classpath("static").build();
        List<UrlEntry> urls = List.of(
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
        // Logging in or out without a (safe) next lands on the index, not Django's /accounts/profile/ default.
        // Urls.reverse works only inside a request, so the route is reversed here, once, on the app's own URLs.
        String index = UrlResolver.of(urls).reverse("polls:index");
        MiddlewareStack stack = MiddlewareStack.defaults()
                .install(statics.app()) // static files right after security: no session or CSRF work for them
                .replace(SessionMiddleware.class,
                        SessionMiddleware.builder().store(new DatabaseSessionStore(database)).build())
                .install(Auth.app(AuthenticationMiddleware.builder().users(users).hashers(hashers)
                        .loginRedirectUrl(index).logoutRedirectUrl(index).build()));
        Jango.Builder builder = Jango.builder(env)
                .set(DEBUG, true)
                .set(SECRET_KEY, DEV_SECRET)
                .set(ALLOWED_HOSTS, List.of("127.0.0.1", "localhost", "[::1]", "testserver"))
                .middleware(stack.toList())
                .templateEngine(PebbleTemplates.builder().staticUrls(statics::url).build())
                .urls(urls);
        // Management commands find the app's parts here: createsuperuser and changepassword the users,
        // collectstatic the static files; Database.install registers the database for migrate/showmigrations.
        builder.component(users).component(statics);
        database.install(builder);
        app = builder.build();
    }

    /**
     * Return the app {@code Main} runs: on {@link #DEFAULT_DATABASE} with the process environment overriding the
     * code and Django's password hashing. Each call builds a new app (its own connection pool), as the autoreloader
     * needs.
     */
    public static Jango fromEnvironment() {
        return new PollsApp(DatabaseConfig.of(DEFAULT_DATABASE), System.getenv(), PasswordHashers.defaults()).app();
    }

    /** The application to run. */
    public Jango app() {
        return app;
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
