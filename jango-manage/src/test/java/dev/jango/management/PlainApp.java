package dev.jango.management;

import dev.jango.conf.Settings;
import java.util.Map;

/** An app without a database, whose main is {@code Manage.main}: for running commands in a JVM of their own. */
public final class PlainApp {

    private PlainApp() {}

    public static void main(String[] args) {
        Manage.main(args, () -> Settings.builder(Map.of()).debug(true)
                .urls(dev.jango.urls.Urls.path("", (request, kwargs) -> dev.jango.http.Response.text("hi"), "home"))
                .build());
    }
}
