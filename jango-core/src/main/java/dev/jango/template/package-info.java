/**
 * The template SPI: {@link dev.jango.template.TemplateEngine} and {@link dev.jango.template.Template}, and
 * {@link dev.jango.template.TemplateResponse}, rendered by the core handler after the template-response hooks.
 */
package dev.jango.template;
