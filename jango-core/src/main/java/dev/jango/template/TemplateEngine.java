package dev.jango.template;

/**
 * The template SPI: finds templates by name. Engines (for example {@code jango-templates-pebble}) implement
 * it; an application names one in {@code Jango.builder().templateEngine(...)}.
 */
@FunctionalInterface
public interface TemplateEngine {

    /**
     * The template called {@code name}, for example {@code polls/index.html}.
     *
     * @throws TemplateDoesNotExist when there is none
     */
    Template template(String name);
}
