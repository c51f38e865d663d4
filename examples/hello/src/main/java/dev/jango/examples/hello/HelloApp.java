package dev.jango.examples.hello;

import static dev.jango.urls.Urls.path;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jango.conf.Settings;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.urls.Kwargs;

/** The hello example: a home page, plain text, JSON, and a user looked up by an int in the path. */
public final class HelloApp {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Message(String message) {}

    record User(int id, String name) {}

    private HelloApp() {}

    /**
     * The app's settings: one middleware, its routes. The secret key here is for development only;
     * production sets {@code JANGO_SECRET_KEY}, which overrides it.
     */
    public static Settings settings(boolean debug) {
        return Settings.builder()
                .debug(debug)
                .secretKey("jango-insecure-hello-example-development-key")
                .allowedHosts("127.0.0.1", "localhost", "[::1]")
                .middleware(new RequestIdMiddleware())
                .urls(
                        path("", HelloApp::home, "home"),
                        path("plaintext", (request, kwargs) -> Response.text("Hello, World!"), "plaintext"),
                        path("json", HelloApp::json, "json"),
                        path("users/<int:id>", HelloApp::user, "user"))
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

    static Response json(Request request, Kwargs kwargs) throws Exception {
        return new Response(200, JSON.writeValueAsBytes(new Message("Hello, World!")), "application/json");
    }

    static Response user(Request request, Kwargs kwargs) throws Exception {
        int id = kwargs.getInt("id");
        return new Response(200, JSON.writeValueAsBytes(new User(id, "user" + id)), "application/json");
    }
}
