package dev.jango.template;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Attribute;
import dev.jango.http.Request;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rendering shortcuts, like Django's {@code django.shortcuts.render}, and the hook tests use to see what was
 * rendered.
 */
public final class Templates {

    /**
     * Who hears about each template rendered on this thread: bound by the in-process test client, so tests can
     * ask which templates a response used and with what context. Applications leave it alone.
     */
    public static final ScopedValue<Consumer<RenderedTemplate>> LISTENER = ScopedValue.newInstance();

    private static final Attribute<TemplateEngine> ENGINE = Attribute.named("templateEngine");

    private Templates() {}

    /** The template engine {@code request}'s application renders with, or null when it has none. */
    public static TemplateEngine engine(Request request) {
        return request.attribute(ENGINE);
    }

    /** The attribute key of the template engine, for the application to share with its requests. */
    public static Attribute<TemplateEngine> engineAttribute() {
        return ENGINE;
    }

    /**
     * A 200 response rendering {@code name} with {@code context} and the engine's context processors. It is
     * rendered late, after template-response middleware hooks, like Django's {@code TemplateResponse}.
     */
    public static TemplateResponse render(Request request, String name, Map<String, ?> context) {
        return new TemplateResponse(name, context);
    }

    /**
     * {@code name} rendered now with {@code context}, with the application's template engine.
     *
     * @throws ImproperlyConfigured when no template engine is configured
     */
    public static String renderToString(Request request, String name, Map<String, ?> context) {
        TemplateEngine engine = engine(request);
        if (engine == null) {
            throw new ImproperlyConfigured("Rendering '" + name + "' needs a template engine: add "
                    + "Jango.builder().templateEngine(PebbleTemplates.builder()...build())");
        }
        return render(engine, name, new LinkedHashMap<>(context), request);
    }

    /** Render with {@code engine} and tell the listener, if one is bound. */
    static String render(TemplateEngine engine, String name, Map<String, Object> context, Request request) {
        String text = engine.template(name).render(context, request);
        if (LISTENER.isBound()) {
            LISTENER.get().accept(new RenderedTemplate(name, Collections.unmodifiableMap(new LinkedHashMap<>(context))));
        }
        return text;
    }
}
