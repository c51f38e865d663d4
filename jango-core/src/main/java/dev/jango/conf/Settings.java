package dev.jango.conf;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.middleware.Middleware;
import dev.jango.urls.UrlPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The application's configuration, immutable once built, with Django's setting names and defaults.
 *
 * <pre>{@code
 * Settings settings = Settings.builder()
 *         .debug(true)
 *         .middleware(new RequestIdMiddleware())
 *         .urls(path("", home), path("polls/<int:id>/", detail, "detail"))
 *         .build();
 * }</pre>
 */
public final class Settings {

    /** Django's default for {@code DATA_UPLOAD_MAX_MEMORY_SIZE}: 2.5 MiB. */
    public static final long DEFAULT_DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440;

    /** Code to run when the application starts or stops. */
    @FunctionalInterface
    public interface Hook {
        /** Run the hook; an exception at start-up stops the application from starting. */
        void run() throws Exception;
    }

    private final boolean debug;
    private final List<Middleware> middleware;
    private final List<UrlPattern> urls;
    private final long dataUploadMaxMemorySize;
    private final List<Hook> onStartup;
    private final List<Hook> onShutdown;

    private Settings(Builder b) {
        this.debug = b.debug;
        this.middleware = List.copyOf(b.middleware);
        this.urls = List.copyOf(b.urls);
        this.dataUploadMaxMemorySize = b.dataUploadMaxMemorySize;
        this.onStartup = List.copyOf(b.onStartup);
        this.onShutdown = List.copyOf(b.onShutdown);
    }

    /** A builder with Django's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** True in development: detailed error pages. Never turn it on in production. Default false. */
    public boolean debug() {
        return debug;
    }

    /** The middleware, outermost first. */
    public List<Middleware> middleware() {
        return middleware;
    }

    /** The root URL patterns, in resolution order. */
    public List<UrlPattern> urls() {
        return urls;
    }

    /** The largest request body, in bytes, that {@code request.body()} reads; larger answers 413. */
    public long dataUploadMaxMemorySize() {
        return dataUploadMaxMemorySize;
    }

    /** Hooks run in order when the application starts, before the first request. */
    public List<Hook> onStartup() {
        return onStartup;
    }

    /** Hooks run in reverse order when the application stops, after the last request. */
    public List<Hook> onShutdown() {
        return onShutdown;
    }

    /** A builder for {@link Settings}; not thread-safe. */
    public static final class Builder {
        private boolean debug;
        private final List<Middleware> middleware = new ArrayList<>();
        private final List<UrlPattern> urls = new ArrayList<>();
        private long dataUploadMaxMemorySize = DEFAULT_DATA_UPLOAD_MAX_MEMORY_SIZE;
        private final List<Hook> onStartup = new ArrayList<>();
        private final List<Hook> onShutdown = new ArrayList<>();

        private Builder() {}

        /** Turn detailed error pages on or off. */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /** Append middleware, outermost first. */
        public Builder middleware(Middleware... layers) {
            for (Middleware layer : layers) {
                middleware.add(Objects.requireNonNull(layer, "middleware must not be null"));
            }
            return this;
        }

        /** Append root URL patterns, in resolution order. */
        public Builder urls(UrlPattern... patterns) {
            return urls(Arrays.asList(patterns));
        }

        /** Append root URL patterns, in resolution order. */
        public Builder urls(List<UrlPattern> patterns) {
            for (UrlPattern pattern : patterns) {
                urls.add(Objects.requireNonNull(pattern, "URL pattern must not be null"));
            }
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

        /** Run {@code hook} when the application starts (open pools, load data). */
        public Builder onStartup(Hook hook) {
            onStartup.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Run {@code hook} when the application stops (close pools); hooks run in reverse order. */
        public Builder onShutdown(Hook hook) {
            onShutdown.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** The settings. */
        public Settings build() {
            return new Settings(this);
        }
    }
}
