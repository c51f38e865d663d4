package dev.jango.template;

import dev.jango.http.Request;
import java.util.Map;

/** A compiled template: renders a context to text. */
@FunctionalInterface
public interface Template {

    /** Render with {@code context}; {@code request} is the request being answered, or null outside one. */
    String render(Map<String, Object> context, Request request);
}
