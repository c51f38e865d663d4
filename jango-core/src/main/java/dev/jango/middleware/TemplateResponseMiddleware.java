package dev.jango.middleware;

import dev.jango.http.Request;
import dev.jango.template.TemplateResponse;

/**
 * A middleware hook for views that return a {@link TemplateResponse}, run before it is rendered, like
 * Django's {@code process_template_response}; it may change the template or the context.
 *
 * <p>Hooks run inner to outer and must return a template response (the same or another); null is an error.
 */
public interface TemplateResponseMiddleware extends Middleware {

    /** Return the template response to render, possibly changed. */
    TemplateResponse processTemplateResponse(Request request, TemplateResponse response) throws Exception;
}
