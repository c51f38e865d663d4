/** Testing Jango applications: an in-process client, a request factory and a live-server extension. */
module dev.jango.test {
    requires transitive dev.jango.core;
    requires transitive org.junit.jupiter.api;
    requires transitive com.fasterxml.jackson.databind;
    requires dev.jango.server.jetty;
    requires transitive java.net.http; // LiveServer tests talk to the server with HttpClient

    exports dev.jango.test;
}
