package dev.jango.template;

import dev.jango.gateway.Body;
import dev.jango.http.Request;
import dev.jango.http.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A response whose body is a template rendered as late as possible, like Django's {@code TemplateResponse}.
 *
 * <p>The view returns it unrendered; template-response middleware hooks may still change
 * {@link #templateName} and {@link #context()}; then the core handler renders it with the application's
 * template engine, before the response phases of the middleware run. Reading its content before it is
 * rendered is an error.
 */
public class TemplateResponse extends Response {

    private String templateName;
    private final Map<String, Object> context;
    private boolean rendered;

    /** A 200 HTML response that will render {@code templateName} with {@code context}. */
    public TemplateResponse(String templateName, Map<String, ?> context) {
        super(200, new byte[0], DEFAULT_CONTENT_TYPE);
        this.templateName = Objects.requireNonNull(templateName, "templateName");
        this.context = new LinkedHashMap<>(context);
    }

    /** The template to render. */
    public String templateName() {
        return templateName;
    }

    /** Render another template instead; only before rendering. */
    public TemplateResponse templateName(String name) {
        requireUnrendered();
        this.templateName = Objects.requireNonNull(name, "name");
        return this;
    }

    /** The context, to read or change before rendering. */
    public Map<String, Object> context() {
        return context;
    }

    /** True once the template has been rendered into the body. */
    public boolean isRendered() {
        return rendered;
    }

    /** Render the template with {@code engine} into the body (once; later calls do nothing). */
    public TemplateResponse render(TemplateEngine engine, Request request) {
        if (!rendered) {
            String text = Templates.render(engine, templateName, context, request);
            content(text.getBytes(StandardCharsets.UTF_8));
            rendered = true;
        }
        return this;
    }

    @Override
    public byte[] content() {
        requireRendered();
        return super.content();
    }

    @Override
    public Body body() {
        requireRendered();
        return super.body();
    }

    private void requireRendered() {
        if (!rendered) {
            throw new IllegalStateException("The template response for '" + templateName
                    + "' must be rendered before its content is read");
        }
    }

    private void requireUnrendered() {
        if (rendered) {
            throw new IllegalStateException("The template response for '" + templateName + "' is already rendered");
        }
    }
}
