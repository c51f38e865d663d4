package ${package};

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.include;

import ${package}.pages.PagesUrls;
import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.templates.pebble.PebbleTemplates;
import java.util.List;
import java.util.Map;

/**
 * The site: its settings, middleware and root URLs, Django's {@code settings.py} and {@code urls.py} in one place.
 *
 * <p>The code holds the development values; environment variables override them where the site runs:
 * {@code JANGO_DEBUG=false}, {@code JANGO_SECRET_KEY=...} and {@code JANGO_ALLOWED_HOSTS=example.com} in
 * production.
 */
public final class Site {

    /**
     * SECURITY WARNING: this key is in source control, so anyone who reads it can forge this site's sessions,
     * CSRF tokens and signed cookies. It is for development only: in production set {@code JANGO_SECRET_KEY} to
     * a long random value kept secret. With debug off the site refuses to start on this key.
     */
    static final String DEVELOPMENT_SECRET_KEY = "insecure-development-key-${artifactId}-do-not-use-in-production";

    private Site() {}

    /** Return the site with the process environment's settings: what {@link Main} runs. */
    public static Jango app() {
        return app(System.getenv());
    }

    /**
     * Return the site with {@code env} overriding the code ({@code JANGO_DEBUG}, {@code JANGO_SECRET_KEY},
     * {@code JANGO_ALLOWED_HOSTS}); tests pass their own map.
     *
     * @throws ImproperlyConfigured when debug is off and no {@code JANGO_SECRET_KEY} replaces the development key
     */
    public static Jango app(Map<String, String> env) {
        // Files under src/main/resources/static, served with content-hashed names: {% static 'css/site.css' %}.
        StaticFiles statics = StaticFiles.builder().classpath("static").build();

        // Django's default stack, with the static files app answering right after SecurityMiddleware.
        MiddlewareStack middleware = MiddlewareStack.defaults().install(statics.app());

        Jango site = Jango.builder(env)
                // Detailed error pages; JANGO_DEBUG=false turns them off. Never run production with debug on.
                .set(DEBUG, true)
                .set(SECRET_KEY, DEVELOPMENT_SECRET_KEY)
                // The host names this site answers to (a request for any other is a 400); add your domain here
                // or list them in JANGO_ALLOWED_HOSTS.
                .set(ALLOWED_HOSTS, List.of("localhost", "127.0.0.1", "[::1]"))
                .middleware(middleware.toList())
                // Templates from src/main/resources/templates.
                .templateEngine(PebbleTemplates.builder().staticUrls(statics::url).build())
                // The root URLconf: each app's URLs under a prefix, in the app's namespace.
                .urls(include("", PagesUrls.app()))
                // What management commands look up: collectstatic copies these files.
                .component(statics)
                .build();

        if (!site.settings().get(DEBUG) && site.settings().get(SECRET_KEY).equals(DEVELOPMENT_SECRET_KEY)) {
            throw new ImproperlyConfigured("Debug is off but the secret key is the development one from Site.java; "
                    + "set JANGO_SECRET_KEY to a long random value");
        }
        return site;
    }
}
