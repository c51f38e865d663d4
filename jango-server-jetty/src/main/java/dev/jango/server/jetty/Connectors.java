package dev.jango.server.jetty;

import java.nio.file.Path;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The connector for a server's protocol choice: HTTP/1.1, with TLS and HTTP/2 (h2 or h2c) as configured. */
final class Connectors {

    private Connectors() {}

    static ServerConnector create(Server server, HttpConfiguration http, Path keyStore, String password, boolean http2) {
        if (keyStore == null) {
            HttpConnectionFactory http1 = new HttpConnectionFactory(http);
            return http2 ? new ServerConnector(server, http1, new HTTP2CServerConnectionFactory(http))
                    : new ServerConnector(server, http1);
        }
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false); // a certificate for a name, reached by address, is the client's call
        http.addCustomizer(secure);
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(keyStore.toAbsolutePath().toString());
        tls.setKeyStoreType("PKCS12");
        tls.setKeyStorePassword(password);
        HttpConnectionFactory http1 = new HttpConnectionFactory(http);
        if (!http2) {
            return new ServerConnector(server, new SslConnectionFactory(tls, http1.getProtocol()), http1);
        }
        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(http);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
        alpn.setDefaultProtocol(http1.getProtocol());
        return new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2, http1);
    }
}
