package dev.jango.management;

import static dev.jango.conf.CoreSettings.DEBUG;

import dev.jango.Jango;
import java.util.Map;

/** An app without a database, whose main is {@code Manage.main}: for running commands in a JVM of their own. */
public final class PlainApp {

    private PlainApp() {}

    public static void main(String[] args) {
        Manage.main(args, () -> Jango.builder(Map.of()).set(DEBUG, true)
                .urls(dev.jango.urls.Urls.path("", (request, kwargs) -> dev.jango.http.Response.text("hi"), "home"))
                .build());
    }
}
