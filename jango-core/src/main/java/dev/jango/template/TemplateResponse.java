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
 * rendered is an error. Its status and content type are its own, as Django's
 * {@code TemplateResponse(request, template, context, content_type, status)}: rendering only fills the body, so
 * what the view (or a hook) set is what is sent.
 *
 * <pre>{@code
 * return new TemplateResponse("polls/form.html", Map.of("form", form), 422);
 * return new TemplateResponse("feed.xml", Map.of("items", items), 200, "application/rss+xml; charset=utf-8");
 * }</pre>
 */
public class TemplateResponse extends Response {

    private String templateName;
    private final Map<String, Object> context;
    private boolean rendered;

    /** A 200 HTML response that will render {@code templateName} with {@code context}. */
    public TemplateResponse(String templateName, Map<String, ?> context) {
        this(templateName, context, 200, DEFAULT_CONTENT_TYPE);
    }

    /** An HTML response of {@code status} that will render {@code templateName} with {@code context}. */
    public TemplateResponse(String templateName, Map<String, ?> context, int status) {
        this(templateName, context, status, DEFAULT_CONTENT_TYPE);
    }

    /**
     * A response of {@code status} and {@code contentType} (the default, {@code text/html; charset=utf-8}, when
     * null) that will render {@code templateName} with {@code context}.
     *
     * @throws IllegalArgumentException when {@code status} is not 100-599
     */
    public TemplateResponse(String templateName, Map<String, ?> context, int status, String contentType) {
        super(status, new byte[0], contentType == null ? DEFAULT_CONTENT_TYPE : contentType);
        this.templateName = Objects.requireNonNull(templateName, "templateName");
        this.context = new LinkedHashMap<>(context);
    }

    /** Set the status code, 100 to 599, keeping the type: {@code Templates.render(...).status(422)}. */
    @Override
    public TemplateResponse status(int status) {
        super.status(status);
        return this;
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
