/** Pebble templates behind Jango's template SPI, with Django's url, static and csrf_token tags. */
module dev.jango.templates.pebble {
    requires transitive dev.jango.core;
    requires transitive io.pebbletemplates;
    requires org.slf4j;

    exports dev.jango.templates.pebble;
}
