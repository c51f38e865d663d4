/**
 * The conformance suite every Jango server adapter runs: real sockets, both sides of the gateway contract
 * checked by {@link dev.jango.gateway.GatewayLint}; and the adapter test kit that runs it, with everything else an
 * adapter must do alike, from the adapter's name.
 */
module dev.jango.gateway.tck {
    requires transitive dev.jango.gateway;
    requires transitive org.junit.jupiter.api;
    requires org.junit.jupiter.params;
    requires org.assertj.core;
    requires java.net.http;
    requires java.management;

    exports dev.jango.gateway.tck;
    exports dev.jango.gateway.tck.kit;
    opens dev.jango.gateway.tck to org.junit.platform.commons;
    opens dev.jango.gateway.tck.kit to org.junit.platform.commons;
}
