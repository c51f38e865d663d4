package com.example.hello;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;

import dev.jango.Jango;
import dev.jango.core.exceptions.Http404;
import dev.jango.db.Database;
import dev.jango.db.DatabaseConfig;
import dev.jango.db.Db;
import dev.jango.http.JsonResponse;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.http.UploadedFile;
import dev.jango.middleware.Csrf;
import dev.jango.middleware.Middleware;
import dev.jango.views.Kwargs;
import dev.jango.views.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The hello example: a home page, plain text, JSON, a user looked up by an int in the path, a database row, a blocking
 * view and an upload.
 */
public final class HelloApp {

    record Message(String message) {}

    record User(int id, String name) {}

    record World(int id, int randomNumber) {}

    record Received(int files, long bytes) {}

    /**
     * The benchmark database (TechEmpower's {@code world} table): opened on the first {@code /db} request, so the
     * app starts and serves everything else without one. {@code JANGO_DATABASE_URL} and friends point it elsewhere.
     */
    static final Database WORLD = new Database(DatabaseConfig.of("jdbc:postgresql://127.0.0.1:5432/bench")
            .withCredentials("postgres", "bench").withPoolSize(16).withAtomicRequests(false).withMigrate(false)
            .fromEnvironment(System.getenv()));

    private HelloApp() {}

    /**
     * The app: one middleware, its routes. The secret key here is for development only; production sets
     * {@code JANGO_SECRET_KEY}, which overrides it.
     */
    public static Jango app(boolean debug) {
        return app(debug, false);
    }

    /**
     * The app, with Jango's default middleware stack ({@link Jango#defaultMiddleware()}) around the one middleware
     * when {@code defaultStack} is true: what the benchmark's second configuration measures.
     */
    public static Jango app(boolean debug, boolean defaultStack) {
        // The counter goes outermost, so its X-Request-Id is the one sent (the default stack's RequestIdMiddleware
        // sets a random one inside it).
        List<Middleware> stack = new ArrayList<>();
        stack.add(new RequestIdMiddleware());
        stack.addAll(defaultStack ? Jango.defaultMiddleware() : List.of());
        stack.add(WORLD);
        return Jango.builder()
                .set(DEBUG, debug)
                .set(SECRET_KEY, "jango-insecure-hello-example-development-key")
                .set(ALLOWED_HOSTS, List.of("127.0.0.1", "localhost", "[::1]"))
                .middleware(stack)
                .onShutdown(WORLD::close)
                .urls(
                        path("", HelloApp::home, "home"),
                        path("plaintext", (request, kwargs) -> Response.text("Hello, World!"), "plaintext"),
                        path("json", HelloApp::json, "json"),
                        path("users/<int:id>", HelloApp::user, "user"),
                        path("db", HelloApp::db, "db"),
                        path("blocking", HelloApp::blocking, "blocking"),
                        path("upload", Csrf.exempt(Views.requirePost(HelloApp::upload)), "upload"))
                .build();
    }

    static Response home(Request request, Kwargs kwargs) {
        return Response.html("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Hello from Jango</title></head>
                <body><h1>Hello from Jango</h1>
                <p>Try <a href="/plaintext">/plaintext</a>, <a href="/json">/json</a>
                or <a href="/users/42">/users/42</a>.</p></body></html>
                """);
    }

    static Response json(Request request, Kwargs kwargs) {
        return new JsonResponse(new Message("Hello, World!"));
    }

    static Response db(Request request, Kwargs kwargs) throws Exception {
        WORLD.start(); // once; later calls return at once
        int id = 1 + ThreadLocalRandom.current().nextInt(10_000);
        World world = Db.of(request).queryOne("select id, randomnumber from world where id = ?", World.class, id)
                .orElseThrow(() -> new Http404("No world " + id));
        return new JsonResponse(world);
    }

    /** Sleeps 50 ms, a stand-in for a slow database or remote call: the view simply blocks its virtual thread. */
    static Response blocking(Request request, Kwargs kwargs) throws InterruptedException {
        Thread.sleep(50);
        return Response.text("ok");
    }

    /**
     * A multipart upload: how many files came and their total size. Files over the in-memory limit are spooled to
     * disk by Jango and deleted when the response is done; an API takes no cookies, so no CSRF check.
     */
    static Response upload(Request request, Kwargs kwargs) {
        long bytes = 0;
        for (UploadedFile file : request.files()) {
            bytes += file.size();
        }
        return new JsonResponse(new Received(request.files().size(), bytes));
    }

    static Response user(Request request, Kwargs kwargs) {
        int id = kwargs.getInt("id");
        return new JsonResponse(new User(id, "user" + id));
    }
}
