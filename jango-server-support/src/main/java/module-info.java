/**
 * What every server adapter shares and applications never see: {@code RequestThreads} (each exchange on its own
 * virtual thread, started inline on the I/O thread where the JVM allows it) and {@code ServerBuilder} (the options
 * every adapter accepts). Knows the gateway and the JDK only.
 *
 * <p>Inline start reaches into {@code java.base}: it needs {@code --add-opens java.base/java.lang=ALL-UNNAMED} on the
 * class path ({@code =dev.jango.server.support} on the module path), and works without it in the standard mode.
 */
module dev.jango.server.support {
    requires transitive dev.jango.gateway;

    exports dev.jango.server.support;
}
