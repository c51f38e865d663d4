package dev.jango.server.netty;

import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;

/** The server's TLS context from a PKCS#12 key store, with the JDK's TLS and, for HTTP/2, ALPN offering h2. */
final class Tls {

    private Tls() {}

    /**
     * Load {@code keyStore} and make a server context; fails with a message naming the file when it cannot be
     * read, the password is wrong, or it holds no private key.
     */
    static SslContext context(Path keyStore, String password, boolean http2) {
        char[] secret = password.toCharArray();
        KeyStore store;
        try (InputStream in = Files.newInputStream(keyStore)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the TLS key store " + keyStore.toAbsolutePath()
                    + " as PKCS#12 with the password given (" + e.getMessage() + "): check the file and password", e);
        }
        try {
            if (!java.util.Collections.list(store.aliases()).stream().anyMatch(alias -> isKey(store, alias))) {
                throw new IllegalArgumentException("The TLS key store " + keyStore.toAbsolutePath()
                        + " holds no private key: make one with keytool -genkeypair");
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, secret);
            SslContextBuilder builder = SslContextBuilder.forServer(keys).sslProvider(SslProvider.JDK);
            if (http2) {
                builder.ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE)
                        .applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                                ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                                ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                                ApplicationProtocolNames.HTTP_2, ApplicationProtocolNames.HTTP_1_1));
            }
            return builder.build();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("Cannot use the key in the TLS key store " + keyStore.toAbsolutePath()
                    + " (" + e.getMessage() + "): is the key password the store password?", e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
