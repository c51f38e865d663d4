package dev.jango;

import dev.jango.apps.Apps;
import dev.jango.conf.Setting;
import dev.jango.conf.Settings;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.core.handlers.Assembly;
import dev.jango.core.handlers.ErrorHandler;
import dev.jango.core.handlers.GatewayHandler;
import dev.jango.core.handlers.LifecycleHook;
import dev.jango.core.signals.GotRequestException;
import dev.jango.core.signals.RequestFinished;
import dev.jango.core.signals.RequestStarted;
import dev.jango.core.signals.Signals;
import dev.jango.gateway.Application;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.middleware.ContentSecurityPolicyMiddleware;
import dev.jango.middleware.Csrf;
import dev.jango.middleware.Middleware;
import dev.jango.template.ContextProcessor;
import dev.jango.template.ContextProcessors;
import dev.jango.template.TemplateEngine;
import dev.jango.urls.UrlEntry;
import dev.jango.urls.UrlResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Jango application: settings (values) plus the parts assembled above them, middleware, URLs, template engine,
 * error views, signals and components; what a server runs and the test client drives.
 *
 * <pre>{@code
 * Jango app = Jango.builder()
 *         .set(DEBUG, true)                                  // a setting (see CoreSettings)
 *         .middleware(Jango.defaultMiddleware())
 *         .urls(path("", home, "home"), include("polls/", Urls.app("polls", pollUrls)))
 *         .templateEngine(PebbleTemplates.builder().build())
 *         .build();
 * }</pre>
 *
 * <p>Building checks the configuration, compiles the URLs and composes the middleware once, so mistakes fail here
 * with {@link ImproperlyConfigured}, before a server starts. This class sits above the core and the contrib apps
 * (it assembles both); neither imports it. Immutable and thread-safe.
 */
public final class Jango implements Application {

    private final GatewayHandler handler;
    private final List<Object> components;

    private Jango(GatewayHandler handler, List<Object> components) {
        this.handler = handler;
        this.components = components;
    }

    /** A builder whose settings read overrides from the process environment. */
    public static Builder builder() {
        return new Builder(Settings.builder());
    }

    /** A builder whose settings read overrides from {@code environment} instead (for tests). */
    public static Builder builder(Map<String, String> environment) {
        return new Builder(Settings.builder(environment));
    }

    /**
     * The middleware a new Django project has, outermost first (see {@link MiddlewareStack#defaults()}); add your
     * own layers after these, or edit the stack by name with {@link MiddlewareStack}.
     */
    public static List<Middleware> defaultMiddleware() {
        return MiddlewareStack.defaults().toList();
    }

    /**
     * The context processors a new Django project enables: {@code csrf_token}, {@code debug}, {@code request}, the
     * {@code auth} app's {@code user} and {@code perms}, the {@code messages} app's {@code messages}, and
     * {@code csp_nonce}.
     */
    public static List<ContextProcessor> defaultContextProcessors() {
        List<ContextProcessor> processors = new ArrayList<>(List.of(Csrf.contextProcessor(), ContextProcessors.debug(),
                ContextProcessors.request()));
        processors.addAll(Apps.get("auth").contextProcessors());
        processors.addAll(Apps.get("messages").contextProcessors());
        processors.add(ContentSecurityPolicyMiddleware.contextProcessor());
        return List.copyOf(processors);
    }

    /** The settings the application was built with. */
    public Settings settings() {
        return handler.settings();
    }

    /** The compiled root URL configuration, for {@code reverse()} outside a request. */
    public UrlResolver urls() {
        return handler.urls();
    }

    /** The middleware, outermost first, as given (including layers that opt out at start-up). */
    public List<Middleware> middleware() {
        return handler.assembly().middleware();
    }

    /** The template engine, or null when the application has none. */
    public TemplateEngine templateEngine() {
        return handler.assembly().templateEngine();
    }

    /**
     * The first registered component ({@link Builder#component}) that is a {@code type}: how management commands
     * find the application's database, user store or static files.
     */
    public <T> Optional<T> component(Class<T> type) {
        return components.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The handler that runs the cycle, as the gateway sees it. */
    public GatewayHandler handler() {
        return handler;
    }

    @Override
    public GatewayResponse call(GatewayRequest request) {
        return handler.call(request);
    }

    @Override
    public void start() {
        handler.start();
    }

    @Override
    public void stop() {
        handler.stop();
    }

    /** Assembles a {@link Jango} application; not thread-safe. */
    public static final class Builder {

        private final Settings.Builder settings;
        private final List<Middleware> middleware = new ArrayList<>();
        private final List<UrlEntry> urls = new ArrayList<>();
        private TemplateEngine templateEngine;
        private final Map<Integer, ErrorHandler> errorHandlers = new HashMap<>();
        private final List<LifecycleHook> onStartup = new ArrayList<>();
        private final List<LifecycleHook> onShutdown = new ArrayList<>();
        private final List<Consumer<? super RequestStarted>> started = new ArrayList<>();
        private final List<Consumer<? super RequestFinished>> finished = new ArrayList<>();
        private final List<Consumer<? super GotRequestException>> exceptions = new ArrayList<>();
        private final List<Object> components = new ArrayList<>();
        private Settings.Builder replaced;
        private boolean setCalled;

        private Builder(Settings.Builder settings) {
            this.settings = settings;
        }

        /**
         * Start from {@code values} (settings built elsewhere); later {@link #set} calls change a copy.
         *
         * @throws IllegalStateException when {@link #set} was called before: those values would be lost
         */
        public Builder settings(Settings values) {
            if (setCalled) {
                throw new IllegalStateException("settings(values) replaces every value set before it; call it "
                        + "before set(...), or put those values in the settings you pass");
            }
            this.replaced = values.toBuilder();
            return this;
        }

        /** Give {@code setting} a value in code (its environment variable still overrides it). */
        public <T> Builder set(Setting<T> setting, T value) {
            setCalled = true;
            (replaced != null ? replaced : settings).set(setting, value);
            return this;
        }

        /** Append middleware, outermost first. */
        public Builder middleware(Middleware... layers) {
            for (Middleware layer : layers) {
                middleware.add(Objects.requireNonNull(layer, "middleware must not be null"));
            }
            return this;
        }

        /** Append middleware, outermost first, for example {@link Jango#defaultMiddleware()}. */
        public Builder middleware(List<? extends Middleware> layers) {
            return middleware(layers.toArray(Middleware[]::new));
        }

        /** Append root URL entries, in resolution order. */
        public Builder urls(UrlEntry... entries) {
            return urls(List.of(entries));
        }

        /** Append root URL entries, in resolution order. */
        public Builder urls(List<? extends UrlEntry> entries) {
            for (UrlEntry entry : entries) {
                urls.add(Objects.requireNonNull(entry, "URL entry must not be null"));
            }
            return this;
        }

        /** The engine that renders template responses. */
        public Builder templateEngine(TemplateEngine engine) {
            this.templateEngine = engine;
            return this;
        }

        /** Use {@code handler} for 400 responses from exceptions (Django's {@code handler400}). */
        public Builder handler400(ErrorHandler handler) {
            return errorHandler(400, handler);
        }

        /** Use {@code handler} for 403 responses from exceptions (Django's {@code handler403}). */
        public Builder handler403(ErrorHandler handler) {
            return errorHandler(403, handler);
        }

        /** Use {@code handler} for 404 responses from exceptions (Django's {@code handler404}). */
        public Builder handler404(ErrorHandler handler) {
            return errorHandler(404, handler);
        }

        /** Use {@code handler} for 500 responses from exceptions (Django's {@code handler500}). */
        public Builder handler500(ErrorHandler handler) {
            return errorHandler(500, handler);
        }

        private Builder errorHandler(int status, ErrorHandler handler) {
            errorHandlers.put(status, Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** Run {@code hook} when the application starts (open pools, load data). */
        public Builder onStartup(LifecycleHook hook) {
            onStartup.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Run {@code hook} when the application stops (close pools); hooks run in reverse order. */
        public Builder onShutdown(LifecycleHook hook) {
            onShutdown.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Call {@code listener} as each request enters the cycle (Django's {@code request_started}). */
        public Builder onRequestStarted(Consumer<? super RequestStarted> listener) {
            started.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Call {@code listener} once each response was sent, or its exchange failed ({@code request_finished}). */
        public Builder onRequestFinished(Consumer<? super RequestFinished> listener) {
            finished.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Call {@code listener} when an exception becomes a 500 ({@code got_request_exception}). */
        public Builder onRequestException(Consumer<? super GotRequestException> listener) {
            exceptions.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Register a part of the app (its {@code Database}, {@code UserStore}, {@code StaticFiles}, ...) for
         * {@link Jango#component} to find; the first registered of a type wins.
         */
        public Builder component(Object component) {
            components.add(Objects.requireNonNull(component, "component"));
            return this;
        }

        /**
         * The application: settings read (environment overrides included), URLs compiled, middleware composed.
         *
         * @throws ImproperlyConfigured when something is wrong, saying what to change
         */
        public Jango build() {
            Settings values = (replaced != null ? replaced : settings).build();
            Assembly assembly = new Assembly(values, middleware, urls, templateEngine, errorHandlers,
                    new Signals(started, finished, exceptions), onStartup, onShutdown);
            return new Jango(new GatewayHandler(assembly), List.copyOf(components));
        }
    }
}
