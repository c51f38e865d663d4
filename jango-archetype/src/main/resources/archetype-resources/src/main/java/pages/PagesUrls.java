package ${package}.pages;

import static dev.jango.urls.Urls.path;

import dev.jango.urls.UrlConf;
import dev.jango.urls.Urls;

/** The pages app's URLconf (Django's {@code pages/urls.py}), reversed as {@code pages:home} and {@code pages:hello}. */
public final class PagesUrls {

    private PagesUrls() {}

    /** Return the app's URL patterns in its {@code pages} namespace, for {@code include}. */
    public static UrlConf app() {
        return Urls.app("pages",
                path("", PagesViews::home, "home"),
                path("hello/<str:name>/", PagesViews::hello, "hello"));
    }
}
