/**
 * Pebble behind the template SPI: {@link dev.jango.templates.pebble.PebbleTemplates}, with the {@code url}, {@code static} and {@code csrf_token} tags.
 */
package dev.jango.templates.pebble;
