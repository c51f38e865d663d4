/**
 * The conformance suite every Jango server adapter runs: real sockets, both sides of the gateway contract
 * checked by {@link dev.jango.gateway.GatewayLint}.
 */
module dev.jango.gateway.tck {
    requires transitive dev.jango.gateway;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;
    requires java.net.http;
    requires java.management;

    exports dev.jango.gateway.tck;
    opens dev.jango.gateway.tck to org.junit.platform.commons;
}
