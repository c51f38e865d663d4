package dev.jango.gateway.tck.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A PKCS#12 key store with a self-signed EC certificate for {@code localhost} and {@code 127.0.0.1}, made by the
 * running JDK's {@code keytool} the first time a test asks for it, valid two days, deleted when the JVM exits; and an
 * {@link SSLContext} that trusts exactly that certificate, for clients.
 *
 * <pre>{@code
 * SelfSignedKeyStore tls = SelfSignedKeyStore.get();
 * ServerConfig config = ServerConfig.defaults().withTls(tls.path(), tls.password());
 * HttpClient client = HttpClient.newBuilder().sslContext(tls.trusting()).build();
 * }</pre>
 *
 * @param path the key store file
 * @param password the password of the store and of its key
 * @param trusting a TLS context whose only trusted certificate is this store's
 */
public record SelfSignedKeyStore(Path path, String password, SSLContext trusting) {

    /** The key store of this JVM's tests, made on first use; fails the caller when keytool does. */
    public static SelfSignedKeyStore get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SelfSignedKeyStore INSTANCE = make();
    }

    private static SelfSignedKeyStore make() {
        String password = "changeit";
        try {
            Path dir = Files.createTempDirectory("jango-tls");
            Path store = dir.resolve("server.p12");
            dir.toFile().deleteOnExit();
            store.toFile().deleteOnExit();
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", password, "-keypass", password)
                    .redirectErrorStream(true).start();
            if (!keytool.waitFor(60, TimeUnit.SECONDS)) {
                keytool.destroyForcibly();
                throw new IllegalStateException("keytool did not make a test key store within 60 s");
            }
            String output = new String(keytool.getInputStream().readAllBytes(), Charset.defaultCharset());
            if (keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool could not make a test key store: " + output);
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                trust.load(in, password.toCharArray());
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext trusting = SSLContext.getInstance("TLS");
            trusting.init(null, factory.getTrustManagers(), null);
            return new SelfSignedKeyStore(store, password, trusting);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not load the key store keytool made", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool made a test key store", e);
        }
    }
}
