package dev.jango.urls;

import java.util.List;
import java.util.Objects;

/**
 * A list of URL entries belonging to an application with an <em>application namespace</em>, like a Django
 * app's {@code urls.py} with {@code app_name}; made by {@link Urls#app}.
 */
public record UrlConf(String appName, List<UrlEntry> entries) {

    public UrlConf {
        Objects.requireNonNull(appName, "appName");
        entries = List.copyOf(entries);
    }
}
