/**
 * JUnit 5 support for testing Jango applications over a real server: {@code LiveServer} and
 * {@code @RequiresService}. The in-process client and request factory are in jango-core ({@code dev.jango.test}).
 * {@code LiveServer} starts whichever server adapter is present (the build brings Jetty) through the gateway's
 * {@code Servers}; it names none.
 */
module dev.jango.test.junit {
    requires transitive dev.jango.core;
    requires transitive org.junit.jupiter.api;
    requires transitive java.net.http; // LiveServer tests talk to the server with HttpClient

    exports dev.jango.test.junit;
}
