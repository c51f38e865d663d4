package dev.jango.test;

import dev.jango.Jango;
import dev.jango.conf.Settings;
import dev.jango.core.handlers.Assembly;
import dev.jango.core.handlers.GatewayHandler;
import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayLint;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.http.Attributes;
import dev.jango.http.Cookie;
import dev.jango.http.Request;
import dev.jango.middleware.CsrfViewMiddleware;
import dev.jango.middleware.Middleware;
import dev.jango.template.RenderedTemplate;
import dev.jango.template.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Drives an application in-process through the gateway contract, as a server would but without sockets,
 * like Django's test client.
 *
 * <p>Requests run the whole cycle (middleware, URL resolution, view) on the calling thread. The client keeps
 * cookies across requests, can follow redirects, and checks the application's side of the gateway contract
 * with {@link GatewayLint}: a broken rule fails the test with a {@code GatewayLintError}.
 *
 * <pre>{@code
 * try (Client client = new Client(Jango.builder().urls(...).build())) {
 *     ClientResponse response = client.get("/polls/1/");
 *     assertThat(response.status()).isEqualTo(200);
 * }
 * }</pre>
 */
public final class Client extends RequestMaker<ClientResponse> implements AutoCloseable {

    private static final int MAX_REDIRECTS = 20;

    private final Application app;
    private final Application original;
    private final CookieJar cookies = new CookieJar();
    private boolean followRedirects;
    private boolean enforceCsrfChecks;
    private boolean secure;
    private String host = "testserver";

    /** A client for {@code app}; starts the application (its start-up hooks run now). */
    public Client(Application app) {
        this.original = app;
        this.app = GatewayLint.wrap(app);
        this.app.start();
    }

    /**
     * Enforce CSRF checks from now on. Off by default, as in Django's test client: tests post forms without
     * tokens. Turn it on to test CSRF protection itself (a {@code LiveServer} always enforces them).
     */
    public Client enforceCsrfChecks(boolean enforce) {
        this.enforceCsrfChecks = enforce;
        return this;
    }

    /** Follow redirects (3xx with {@code Location}) within the application from now on, or stop doing so. */
    public Client followRedirects(boolean follow) {
        this.followRedirects = follow;
        return this;
    }

    /**
     * A request as the app would see it for {@code GET /} with this client's cookies, outside the chain: for helpers
     * that act on the client's session (such as {@code Logins} of the auth app).
     */
    public Request offlineRequest() {
        return Request.from(prepare(request("GET", "/")), assembly().settings(), Attributes.none());
    }

    /** The parts of the application under test. */
    Assembly assembly() {
        if (original instanceof Jango jango) {
            return jango.handler().assembly();
        }
        if (original instanceof GatewayHandler handler) {
            return handler.assembly();
        }
        throw new IllegalStateException("This needs a Client made from a Jango application, not from "
                + original.getClass().getName());
    }

    /** The settings of the application under test. */
    public Settings settings() {
        return assembly().settings();
    }

    /** The first layer of the application's middleware that is a {@code type}. */
    public <T extends Middleware> Optional<T> middleware(Class<T> type) {
        return assembly().middleware().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Keep {@code cookie} as if a response had set it. */
    void store(Cookie cookie) {
        cookies.put(cookie.name(), cookie.value());
    }

    /** Send {@code Host: host} from now on (default {@code testserver}, as in Django's test client). */
    public Client host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** Make requests over HTTPS from now on (true) or HTTP (false). */
    public Client secure(boolean secure) {
        this.secure = secure;
        return this;
    }

    /** The cookies the client holds, by name. */
    public Map<String, String> cookies() {
        return cookies.asMap();
    }

    /** Set a cookie to send with the following requests. */
    public Client cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /** Forget every cookie. */
    public Client clearCookies() {
        cookies.clear();
        return this;
    }

    /** Stop the application (its shutdown hooks run). */
    @Override
    public void close() {
        app.stop();
    }

    @Override
    ClientResponse perform(Call<ClientResponse> call) {
        List<ClientResponse.Redirect> chain = new ArrayList<>();
        Call<ClientResponse> current = call;
        while (true) {
            ClientResponse response = exchange(current, chain);
            String location = response.header("Location");
            if (!followRedirects || location == null || response.status() < 300 || response.status() > 399) {
                return response;
            }
            URI target = URI.create(current.rawPath()).resolve(location);
            if (target.getHost() != null && !target.getHost().equals(host.replaceFirst(":\\d+$", ""))) {
                return response; // leaves the application: nothing more to follow in-process
            }
            chain.add(new ClientResponse.Redirect(response.status(), location));
            if (chain.size() > MAX_REDIRECTS) {
                throw new AssertionError("More than " + MAX_REDIRECTS + " redirects, probably a loop: " + chain);
            }
            boolean keepMethod = response.status() == 307 || response.status() == 308;
            String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            Call<ClientResponse> next = request(keepMethod ? current.method() : "GET", path);
            if (keepMethod && current.body().length > 0) {
                next.body(current.body(), current.headers().get("Content-Type"));
            }
            boolean https = target.getScheme() != null ? target.getScheme().equals("https")
                    : current.secure() != null ? current.secure() : secure;
            next.secure(https);
            current = next;
        }
    }

    private GatewayRequest prepare(Call<ClientResponse> call) {
        boolean https = call.secure() != null ? call.secure() : secure;
        if (!call.headers().contains("Host")) {
            call.header("Host", host);
        }
        if (!call.headers().contains("Cookie")) {
            String cookie = cookies.header(https);
            if (cookie != null) {
                call.header("Cookie", cookie);
            }
        }
        return call.toGateway(secure);
    }

    private ClientResponse exchange(Call<ClientResponse> call, List<ClientResponse.Redirect> chain) {
        GatewayRequest request = prepare(call);
        List<RenderedTemplate> rendered = new ArrayList<>();
        GatewayResponse response = ScopedValue.where(Templates.LISTENER, rendered::add)
                .where(CsrfViewMiddleware.SKIP_CHECKS, !enforceCsrfChecks).call(() -> app.call(request));
        byte[] content;
        try {
            content = read(response.body());
        } catch (IOException | RuntimeException e) {
            response.completion().completed(e);
            throw new AssertionError("Reading the body of the response to " + call.method() + " "
                    + call.rawPath() + " failed: " + e, e);
        }
        response.completion().completed(null);
        cookies.update(response.headers());
        return new ClientResponse(call.method(), call.rawPath(), response.status(), response.reasonPhrase(),
                response.headers(), content, chain, rendered);
    }

    private static byte[] read(Body body) throws IOException {
        return switch (body) {
            case Body.Empty empty -> new byte[0];
            case Body.Bytes bytes -> Arrays.copyOfRange(bytes.bytes(), bytes.offset(), bytes.offset() + bytes.size());
            case Body.Stream stream -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                stream.writer().writeTo(out);
                yield out.toByteArray();
            }
            case Body.File file -> {
                try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
                    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(file.length()));
                    while (buffer.hasRemaining()) {
                        if (channel.read(buffer, file.offset() + buffer.position()) < 0) {
                            throw new UncheckedIOException(new IOException("file " + file.path()
                                    + " is shorter than the response said"));
                        }
                    }
                    yield buffer.array();
                }
            }
        };
    }
}
