package dev.jango.template;

import java.util.Map;

/** A template rendered while answering a request, and the context the view gave it: what tests inspect. */
public record RenderedTemplate(String name, Map<String, Object> context) {}
