package dev.jango.apps;

import dev.jango.core.exceptions.ImproperlyConfigured;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The apps available by label, like Django's {@code django.apps.apps}: found once through {@link ServiceLoader}. */
public final class Apps {

    private static volatile Map<String, AppConfig> available;

    private Apps() {}

    /**
     * The app registered under {@code label}.
     *
     * @throws ImproperlyConfigured when no app on the class path or module path has that label
     */
    public static AppConfig get(String label) {
        AppConfig app = registry().get(label);
        if (app == null) {
            throw new ImproperlyConfigured("No app is labelled '" + label + "'; the apps found are "
                    + registry().keySet() + ". An app is declared with provides dev.jango.apps.AppConfig (module-info) "
                    + "and META-INF/services/dev.jango.apps.AppConfig");
        }
        return app;
    }

    /** Every app found, in the order the service loader gives them. */
    public static List<AppConfig> available() {
        return List.copyOf(registry().values());
    }

    private static Map<String, AppConfig> registry() {
        Map<String, AppConfig> apps = available;
        if (apps == null) {
            Map<String, AppConfig> found = new LinkedHashMap<>();
            for (AppConfig app : ServiceLoader.load(AppConfig.class, Apps.class.getClassLoader())) {
                AppConfig earlier = found.putIfAbsent(app.label(), app);
                if (earlier != null && earlier.getClass() != app.getClass()) {
                    throw new ImproperlyConfigured("Two apps are labelled '" + app.label() + "': "
                            + earlier.getClass().getName() + " and " + app.getClass().getName());
                }
            }
            available = apps = Map.copyOf(found);
        }
        return apps;
    }
}
