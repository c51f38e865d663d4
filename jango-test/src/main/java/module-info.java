/** Testing Jango applications: an in-process client, a request factory and a live-server extension. */
module dev.jango.test {
    requires transitive dev.jango.core;
    requires transitive org.junit.jupiter.api;
    requires transitive com.fasterxml.jackson.databind;
    requires dev.jango.server.jetty;

    exports dev.jango.test;
}
