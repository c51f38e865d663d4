package dev.jango.server.jetty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The connector for a server's protocol choice: HTTP/1.1, with TLS and HTTP/2 (h2 or h2c) as configured. The key
 * store is loaded here, when the server is built, so that a wrong password or a file that is no PKCS#12 key
 * store fails before anything starts, with a message naming the file (Jetty would only find out on start).
 */
final class Connectors {

    private Connectors() {}

    static ServerConnector create(Server server, HttpConfiguration http, Path keyStore, String password, boolean http2) {
        if (keyStore == null) {
            HttpConnectionFactory http1 = new HttpConnectionFactory(http);
            return http2 ? new ServerConnector(server, http1, Http2Factories.h2c(http))
                    : new ServerConnector(server, http1);
        }
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false); // a certificate for a name, reached by address, is the client's call
        http.addCustomizer(secure);
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(load(keyStore, password));
        tls.setKeyStorePassword(password);
        HttpConnectionFactory http1 = new HttpConnectionFactory(http);
        if (!http2) {
            return new ServerConnector(server, new SslConnectionFactory(tls, http1.getProtocol()), http1);
        }
        HTTP2ServerConnectionFactory h2 = Http2Factories.h2(http);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
        alpn.setDefaultProtocol(http1.getProtocol());
        return new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2, http1);
    }

    /**
     * The PKCS#12 key store at {@code path}, opened with {@code password}; fails with
     * {@link IllegalArgumentException} naming the file when it cannot be read, the password is wrong, or it holds
     * no private key.
     */
    static KeyStore load(Path path, String password) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(path)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the TLS key store " + path.toAbsolutePath()
                    + " as PKCS#12 with the password given (" + e.getMessage() + "): check the file and password", e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return store;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot list the TLS key store " + path.toAbsolutePath() + ": " + e, e);
        }
        throw new IllegalArgumentException("The TLS key store " + path.toAbsolutePath()
                + " holds no private key: make one with keytool -genkeypair");
    }
}
