package dev.jango.template;

import dev.jango.http.Request;
import java.util.Map;

/**
 * Adds variables to every template rendered for a request, like Django's context processors; engines run
 * them before the view's own context, which wins on a name clash.
 */
@FunctionalInterface
public interface ContextProcessor {

    /** The variables for templates rendered for {@code request}; never null. */
    Map<String, ?> contextFor(Request request);
}
