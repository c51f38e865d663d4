package dev.jango.conf;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.core.handlers.ErrorHandler;
import dev.jango.core.signals.GotRequestException;
import dev.jango.core.signals.RequestFinished;
import dev.jango.core.signals.RequestStarted;
import dev.jango.core.signals.Signals;
import dev.jango.middleware.Middleware;
import dev.jango.template.TemplateEngine;
import dev.jango.urls.UrlEntry;
import java.util.List;
import java.util.Map;

/**
 * The application's configuration, immutable once built, with Django's setting names and defaults.
 *
 * <pre>{@code
 * Settings settings = Settings.builder()
 *         .debug(true)
 *         .secretKey(System.getenv("APP_SECRET"))
 *         .middleware(new RequestIdMiddleware())
 *         .urls(path("", home), include("polls/", Urls.app("polls", pollUrls)))
 *         .build();
 * }</pre>
 *
 * <p>Environment variables override what the code says, so one build runs in every environment:
 * {@code JANGO_DEBUG} ({@code true}/{@code false}), {@code JANGO_SECRET_KEY}, {@code JANGO_ALLOWED_HOSTS}
 * (comma-separated). Application-specific values go in {@link Builder#set}; {@link #get} reads them.
 */
public final class Settings {

    /** Django's default for {@code DATA_UPLOAD_MAX_MEMORY_SIZE}: 2.5 MiB. */
    public static final long DEFAULT_DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440;

    private final boolean debug;
    private final String secretKey;
    private final List<String> secretKeyFallbacks;
    private final List<String> allowedHosts;
    private final List<Middleware> middleware;
    private final List<UrlEntry> urls;
    private final long dataUploadMaxMemorySize;
    private final int dataUploadMaxNumberFields;
    private final long fileUploadMaxMemorySize;
    private final long maxUploadSize;
    private final java.nio.file.Path fileUploadTempDir;
    private final boolean useXForwardedHost;
    private final boolean useXForwardedPort;
    private final ProxySslHeader secureProxySslHeader;
    private final dev.jango.http.multipart.UploadLimits uploadLimits;
    private final Map<Integer, ErrorHandler> errorHandlers;
    private final TemplateEngine templateEngine;
    private final List<LifecycleHook> onStartup;
    private final List<LifecycleHook> onShutdown;
    private final Signals signals;
    private final Map<String, Object> extras;
    private final List<Object> components;

    Settings(SettingsBuilder b) {
        this.debug = b.debug;
        this.secretKey = b.secretKey;
        this.secretKeyFallbacks = List.copyOf(b.secretKeyFallbacks);
        this.allowedHosts = List.copyOf(b.allowedHosts);
        this.middleware = List.copyOf(b.middleware);
        this.urls = List.copyOf(b.urls);
        this.dataUploadMaxMemorySize = b.dataUploadMaxMemorySize;
        this.dataUploadMaxNumberFields = b.dataUploadMaxNumberFields;
        this.fileUploadMaxMemorySize = b.fileUploadMaxMemorySize;
        this.maxUploadSize = b.maxUploadSize;
        this.fileUploadTempDir = b.fileUploadTempDir != null ? b.fileUploadTempDir
                : java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        this.useXForwardedHost = b.useXForwardedHost;
        this.useXForwardedPort = b.useXForwardedPort;
        this.secureProxySslHeader = b.secureProxySslHeader;
        this.uploadLimits = new dev.jango.http.multipart.UploadLimits(dataUploadMaxMemorySize, dataUploadMaxNumberFields,
                dev.jango.http.multipart.UploadLimits.DEFAULT_MAX_NUMBER_FILES, fileUploadMaxMemorySize, maxUploadSize,
                fileUploadTempDir);
        this.errorHandlers = Map.copyOf(b.errorHandlers);
        this.templateEngine = b.templateEngine;
        this.onStartup = List.copyOf(b.onStartup);
        this.onShutdown = List.copyOf(b.onShutdown);
        this.signals = new Signals(b.started, b.finished, b.exceptions);
        this.extras = Map.copyOf(b.extras);
        this.components = List.copyOf(b.components);
    }

    /** A builder with Django's defaults, reading overrides from the process environment. */
    public static Builder builder() {
        return new Builder(System.getenv());
    }

    /** A builder with Django's defaults, reading overrides from {@code environment} (for tests). */
    public static Builder builder(Map<String, String> environment) {
        return new Builder(environment);
    }

    /** True in development: detailed error pages. Never turn it on in production. Default false. */
    public boolean debug() {
        return debug;
    }

    /** The key signing and sessions derive their keys from; must be set (and secret) when debug is off. */
    public String secretKey() {
        return secretKey;
    }

    /** Earlier secret keys still accepted when checking signatures, for key rotation. */
    public List<String> secretKeyFallbacks() {
        return secretKeyFallbacks;
    }

    /** The host names this site answers to ({@code .example.com} matches subdomains; {@code *} any). */
    public List<String> allowedHosts() {
        return allowedHosts;
    }

    /** The middleware, outermost first. */
    public List<Middleware> middleware() {
        return middleware;
    }

    /** The root URL configuration, in resolution order. */
    public List<UrlEntry> urls() {
        return urls;
    }

    /** The largest request body, in bytes, that {@code request.body()} reads; larger answers 413. */
    public long dataUploadMaxMemorySize() {
        return dataUploadMaxMemorySize;
    }

    /** The most fields a query string or form may have; more answers 400 ({@code TooManyFieldsSent}). */
    public int dataUploadMaxNumberFields() {
        return dataUploadMaxNumberFields;
    }

    /** Uploaded files up to this size stay in memory; larger ones go to a temporary file. */
    public long fileUploadMaxMemorySize() {
        return fileUploadMaxMemorySize;
    }

    /** The largest whole upload (all files and fields), in bytes; -1 for no limit. Larger answers 413. */
    public long maxUploadSize() {
        return maxUploadSize;
    }

    /** Where uploads larger than {@link #fileUploadMaxMemorySize()} are spilled; deleted after the response. */
    public java.nio.file.Path fileUploadTempDir() {
        return fileUploadTempDir;
    }

    /** The upload limits above, as the form parsers take them. */
    public dev.jango.http.multipart.UploadLimits uploadLimits() {
        return uploadLimits;
    }

    /** Trust {@code X-Forwarded-Host} for {@code request.host()}; only behind a proxy that sets it. */
    public boolean useXForwardedHost() {
        return useXForwardedHost;
    }

    /** Trust {@code X-Forwarded-Port} for {@code request.port()}; only behind a proxy that sets it. */
    public boolean useXForwardedPort() {
        return useXForwardedPort;
    }

    /** The header and value a TLS-terminating proxy sets on HTTPS requests, or null (Django's SECURE_PROXY_SSL_HEADER). */
    public ProxySslHeader secureProxySslHeader() {
        return secureProxySslHeader;
    }

    /** The application's own error view for {@code status} (400, 403, 404 or 500), or null for the built-in one. */
    public ErrorHandler errorHandler(int status) {
        return errorHandlers.get(status);
    }

    /** The template engine that renders template responses, or null when the application has none. */
    public TemplateEngine templateEngine() {
        return templateEngine;
    }

    /** Hooks run in order when the application starts, before the first request. */
    public List<LifecycleHook> onStartup() {
        return onStartup;
    }

    /** Hooks run in reverse order when the application stops, after the last request. */
    public List<LifecycleHook> onShutdown() {
        return onShutdown;
    }

    /** The request signals, with the listeners given to the builder. */
    public Signals signals() {
        return signals;
    }

    /** An application-specific setting given with {@link Builder#set}, or null. */
    public Object get(String name) {
        return extras.get(name);
    }

    /** The first {@link Builder#component} that is a {@code type}: how tools find the app's database, users, ... */
    public <T> java.util.Optional<T> component(Class<T> type) {
        return components.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Every setting by name, built-in ones first, for the debug page (which masks names that look secret). */
    public Map<String, Object> asMap() {
        return SettingsTable.of(this, extras);
    }

    /** A builder for {@link Settings}; not thread-safe. */
    public static final class Builder extends SettingsBuilder {

        private Builder(Map<String, String> environment) {
            super(environment);
        }

        /** Turn detailed error pages on or off. */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /** The secret key; keep it out of source control in production (use {@code JANGO_SECRET_KEY}). */
        public Builder secretKey(String secretKey) {
            this.secretKey = secretKey == null ? "" : secretKey;
            return this;
        }

        /** Earlier secret keys still accepted when checking signatures. */
        public Builder secretKeyFallbacks(String... keys) {
            this.secretKeyFallbacks = List.of(keys);
            return this;
        }

        /** The host names this site answers to. */
        public Builder allowedHosts(String... hosts) {
            this.allowedHosts = List.of(hosts);
            return this;
        }

        /** Append middleware, outermost first. */
        public Builder middleware(Middleware... layers) {
            addMiddleware(layers);
            return this;
        }

        /** Append middleware, outermost first, for example {@code Middleware.defaults()}. */
        public Builder middleware(List<? extends Middleware> layers) {
            addMiddleware(layers.toArray(Middleware[]::new));
            return this;
        }

        /** Append root URL entries, in resolution order. */
        public Builder urls(UrlEntry... entries) {
            return urls(List.of(entries));
        }

        /** Append root URL entries, in resolution order. */
        public Builder urls(List<? extends UrlEntry> entries) {
            addUrls(entries);
            return this;
        }

        /** The largest request body {@code request.body()} reads, in bytes. */
        public Builder dataUploadMaxMemorySize(long bytes) {
            if (bytes < 0) {
                throw new ImproperlyConfigured("dataUploadMaxMemorySize must be >= 0 bytes, was " + bytes);
            }
            this.dataUploadMaxMemorySize = bytes;
            return this;
        }

        /** The most fields a query string or form may have (Django's default: 1000). */
        public Builder dataUploadMaxNumberFields(int fields) {
            this.dataUploadMaxNumberFields = fields;
            return this;
        }

        /** Uploaded files up to this size stay in memory (default 2.5 MiB). */
        public Builder fileUploadMaxMemorySize(long bytes) {
            this.fileUploadMaxMemorySize = bytes;
            return this;
        }

        /** The largest whole upload, in bytes; -1 (the default) for no limit. */
        public Builder maxUploadSize(long bytes) {
            this.maxUploadSize = bytes;
            return this;
        }

        /** Where large uploads are spilled (default: java.io.tmpdir). */
        public Builder fileUploadTempDir(java.nio.file.Path dir) {
            this.fileUploadTempDir = dir;
            return this;
        }

        /** Trust {@code X-Forwarded-Host}; turn on only behind a proxy that sets it. */
        public Builder useXForwardedHost(boolean use) {
            this.useXForwardedHost = use;
            return this;
        }

        /** Trust {@code X-Forwarded-Port}; turn on only behind a proxy that sets it. */
        public Builder useXForwardedPort(boolean use) {
            this.useXForwardedPort = use;
            return this;
        }

        /** Treat requests carrying {@code header: value} as HTTPS, e.g. {@code X-Forwarded-Proto: https}. */
        public Builder secureProxySslHeader(String header, String value) {
            this.secureProxySslHeader = new ProxySslHeader(header, value);
            return this;
        }

        /** Use {@code handler} for 400 responses from exceptions (Django's {@code handler400}). */
        public Builder handler400(ErrorHandler handler) {
            errorHandlers.put(400, handler);
            return this;
        }

        /** Use {@code handler} for 403 responses from exceptions (Django's {@code handler403}). */
        public Builder handler403(ErrorHandler handler) {
            errorHandlers.put(403, handler);
            return this;
        }

        /** Use {@code handler} for 404 responses from exceptions (Django's {@code handler404}). */
        public Builder handler404(ErrorHandler handler) {
            errorHandlers.put(404, handler);
            return this;
        }

        /** Use {@code handler} for 500 responses from exceptions (Django's {@code handler500}). */
        public Builder handler500(ErrorHandler handler) {
            errorHandlers.put(500, handler);
            return this;
        }

        /** The engine that renders template responses. */
        public Builder templateEngine(TemplateEngine engine) {
            this.templateEngine = engine;
            return this;
        }

        /** Run {@code hook} when the application starts (open pools, load data). */
        public Builder onStartup(LifecycleHook hook) {
            onStartup.add(java.util.Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Run {@code hook} when the application stops (close pools); hooks run in reverse order. */
        public Builder onShutdown(LifecycleHook hook) {
            onShutdown.add(java.util.Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Call {@code listener} as each request enters the cycle. */
        public Builder onRequestStarted(java.util.function.Consumer<? super RequestStarted> listener) {
            started.add(listener);
            return this;
        }

        /** Call {@code listener} once each response was sent, or its exchange failed. */
        public Builder onRequestFinished(java.util.function.Consumer<? super RequestFinished> listener) {
            finished.add(listener);
            return this;
        }

        /** Call {@code listener} when an exception becomes a 500. */
        public Builder onRequestException(java.util.function.Consumer<? super GotRequestException> listener) {
            exceptions.add(listener);
            return this;
        }

        /** An application-specific setting, shown (masked if it looks secret) on the debug page. */
        public Builder set(String name, Object value) {
            extras.put(name, value);
            return this;
        }

        /**
         * Register a part of the app (its {@code Database}, {@code UserStore}, {@code StaticFiles}, ...) for
         * {@link Settings#component} to find; the first registered of a type wins.
         */
        public Builder component(Object component) {
            components.add(java.util.Objects.requireNonNull(component, "component"));
            return this;
        }

        /** The settings, with environment overrides applied. */
        public Settings build() {
            applyEnvironment();
            return new Settings(this);
        }
    }
}
