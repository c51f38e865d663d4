package dev.jango.conf;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.core.handlers.ErrorHandler;
import dev.jango.core.signals.GotRequestException;
import dev.jango.core.signals.RequestFinished;
import dev.jango.core.signals.RequestStarted;
import dev.jango.middleware.Middleware;
import dev.jango.template.TemplateEngine;
import dev.jango.urls.UrlEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The builder's state and the environment overrides; {@link Settings.Builder} is its public face. */
abstract sealed class SettingsBuilder permits Settings.Builder {

    private final Map<String, String> environment;
    boolean debug;
    String secretKey = "";
    List<String> secretKeyFallbacks = List.of();
    List<String> allowedHosts = List.of();
    final List<Middleware> middleware = new ArrayList<>();
    final List<UrlEntry> urls = new ArrayList<>();
    long dataUploadMaxMemorySize = Settings.DEFAULT_DATA_UPLOAD_MAX_MEMORY_SIZE;
    int dataUploadMaxNumberFields = 1000;
    long fileUploadMaxMemorySize = Settings.DEFAULT_DATA_UPLOAD_MAX_MEMORY_SIZE;
    long maxUploadSize = -1;
    java.nio.file.Path fileUploadTempDir;
    boolean useXForwardedHost;
    boolean useXForwardedPort;
    ProxySslHeader secureProxySslHeader;
    final Map<Integer, ErrorHandler> errorHandlers = new HashMap<>();
    TemplateEngine templateEngine;
    final List<dev.jango.conf.LifecycleHook> onStartup = new ArrayList<>();
    final List<dev.jango.conf.LifecycleHook> onShutdown = new ArrayList<>();
    final List<Consumer<? super RequestStarted>> started = new ArrayList<>();
    final List<Consumer<? super RequestFinished>> finished = new ArrayList<>();
    final List<Consumer<? super GotRequestException>> exceptions = new ArrayList<>();
    final Map<String, Object> extras = new LinkedHashMap<>();
    final java.util.List<Object> components = new java.util.ArrayList<>();

    SettingsBuilder(Map<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    void addMiddleware(Middleware... layers) {
        for (Middleware layer : layers) {
            middleware.add(Objects.requireNonNull(layer, "middleware must not be null"));
        }
    }

    void addUrls(List<? extends UrlEntry> entries) {
        for (UrlEntry entry : entries) {
            urls.add(Objects.requireNonNull(entry, "URL entry must not be null"));
        }
    }

    /** Let {@code JANGO_DEBUG}, {@code JANGO_SECRET_KEY} and {@code JANGO_ALLOWED_HOSTS} override the code. */
    void applyEnvironment() {
        String envDebug = environment.get("JANGO_DEBUG");
        if (envDebug != null && !envDebug.isBlank()) {
            debug = switch (envDebug.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "yes", "on" -> true;
                case "false", "0", "no", "off" -> false;
                default -> throw new ImproperlyConfigured("JANGO_DEBUG is '" + envDebug
                        + "'; set it to true or false");
            };
        }
        String envKey = environment.get("JANGO_SECRET_KEY");
        if (envKey != null && !envKey.isBlank()) {
            secretKey = envKey.strip();
        }
        String envHosts = environment.get("JANGO_ALLOWED_HOSTS");
        if (envHosts != null && !envHosts.isBlank()) {
            allowedHosts = Arrays.stream(envHosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        }
    }
}
