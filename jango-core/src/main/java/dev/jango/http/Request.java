package dev.jango.http;

import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_MEMORY_SIZE;
import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_NUMBER_FIELDS;

import dev.jango.conf.Settings;
import dev.jango.core.exceptions.BadRequest;
import dev.jango.core.exceptions.DisallowedHost;
import dev.jango.core.exceptions.RequestDataTooBig;
import dev.jango.core.exceptions.TooManyFieldsSent;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request, as views and middleware see it.
 *
 * <p>The path is percent-decoded once, when the request is made; a path that is not valid percent-encoded
 * UTF-8 is refused with {@link BadRequest}. The query string and body are read and parsed on first use.
 * A request belongs to one thread at a time and is not thread-safe.
 *
 * <p>Middleware and contrib apps attach their values through typed {@link Attribute}s that they own:
 * {@code Session.of(request)}, {@code Auth.user(request)}, {@code ResolverMatch.of(request)}; the request itself
 * knows nothing of sessions, users or URLs.
 */
public final class Request {

    private final GatewayRequest gateway;
    private final String pathInfo;
    private final Settings settings;
    private final long maxBodySize;
    private String host;
    private HeaderValue contentType;
    private Map<String, String> cookies;
    private Object form; // the FormData, or the exception its parse failed with
    private QueryDict query;
    private byte[] body;
    private boolean streamTaken;
    private final Attributes shared;
    private Object[] attributes;

    private Request(GatewayRequest gateway, String pathInfo, Settings settings, Attributes shared) {
        this.gateway = gateway;
        this.pathInfo = pathInfo;
        this.settings = settings;
        this.shared = shared;
        this.maxBodySize = settings.get(DATA_UPLOAD_MAX_MEMORY_SIZE);
    }

    /**
     * Make the request for a gateway request, with the limits of {@code settings}.
     *
     * @throws BadRequest when the path is not valid percent-encoded UTF-8
     */
    public static Request from(GatewayRequest gateway, Settings settings) {
        return from(gateway, settings, Attributes.none());
    }

    /**
     * Make the request for a gateway request, with the limits of {@code settings} and the application's
     * {@code shared} attribute values.
     *
     * @throws BadRequest when the path is not valid percent-encoded UTF-8
     */
    public static Request from(GatewayRequest gateway, Settings settings, Attributes shared) {
        Objects.requireNonNull(gateway, "gateway");
        String decoded;
        try {
            decoded = PercentDecoding.decodePath(gateway.rawPath());
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Malformed request path: " + e.getMessage(), e);
        }
        return new Request(gateway, decoded, settings, Objects.requireNonNull(shared, "shared"));
    }

    /** The request method as sent, for example {@code GET}. */
    public String method() {
        return gateway.method();
    }

    /**
     * {@code http} or {@code https}: as the server saw it, or, behind a proxy named in the
     * {@code secureProxySslHeader} setting, {@code https} when that header has the configured value.
     */
    public String scheme() {
        return Hosts.scheme(gateway, settings);
    }

    /** True when the request came over HTTPS (see {@link #scheme()}). */
    public boolean isSecure() {
        return scheme().equals("https");
    }

    /**
     * The host the client asked for, with its port when not the default, validated against
     * {@code allowedHosts}: from {@code X-Forwarded-Host} when {@code useXForwardedHost} is on, else
     * {@code Host}, else the server's address. As in Django, the host is checked where it is first read (for most
     * applications in {@code CommonMiddleware}, early), and a forged one is never returned.
     *
     * @throws DisallowedHost when the host is malformed, not allowed, or sent in several Host fields (a 400)
     */
    public String host() {
        String known = host;
        if (known == null) {
            known = host = Hosts.validHost(gateway, settings, isSecure());
        }
        return known;
    }

    /** The port the client connected to: {@code X-Forwarded-Port} when {@code useXForwardedPort} is on. */
    public int port() {
        return Hosts.port(gateway, settings);
    }

    /**
     * The absolute URI of {@code location} relative to this request, like Django's
     * {@code build_absolute_uri}: an absolute location is returned as is, a relative one is resolved
     * against {@code scheme://host/path}.
     */
    public String buildAbsoluteUri(String location) {
        String base = scheme() + "://" + host() + fullPath();
        if (location == null) {
            return base;
        }
        return URI.create(base).resolve(location.replace(" ", "%20")).toString();
    }

    /** The absolute URI of this request. */
    public String buildAbsoluteUri() {
        return buildAbsoluteUri(null);
    }

    /** The full decoded path: {@link #scriptName()} followed by {@link #pathInfo()}. */
    public String path() {
        String script = gateway.scriptName();
        return script.isEmpty() ? pathInfo : script + pathInfo;
    }

    /** The decoded path within the application, which URL resolution sees; starts with {@code /}. */
    public String pathInfo() {
        return pathInfo;
    }

    /** The prefix the application is mounted under, {@code ""} at the root. */
    public String scriptName() {
        return gateway.scriptName();
    }

    /** The query string as sent, without {@code ?}; {@code ""} when there is none. */
    public String rawQuery() {
        return gateway.rawQuery();
    }

    /** The path as sent (still encoded), with the query string when there is one. */
    public String fullPath() {
        String raw = gateway.scriptName() + gateway.rawPath();
        return gateway.rawQuery().isEmpty() ? raw : raw + "?" + gateway.rawQuery();
    }

    /**
     * The decoded query parameters, parsed on first use.
     *
     * @throws TooManyFieldsSent past {@code dataUploadMaxNumberFields} (a 400)
     */
    public QueryDict query() {
        QueryDict parsed = query;
        if (parsed == null) {
            parsed = query = UrlEncodedParser.parseQuery(gateway.rawQuery(), settings.get(DATA_UPLOAD_MAX_NUMBER_FIELDS));
        }
        return parsed;
    }

    /**
     * The media type of the body, lower-cased, without parameters ({@code text/plain}); {@code ""} without a
     * {@code Content-Type}: Django's {@code request.content_type}. Parsed once, on first use.
     */
    public String contentType() {
        return parsedContentType().value();
    }

    /** The {@code Content-Type} parameters by lower-cased name, unquoted: Django's {@code request.content_params}. */
    public Map<String, String> contentParams() {
        return parsedContentType().params();
    }

    private HeaderValue parsedContentType() {
        if (contentType == null) {
            contentType = HeaderValue.parse(Objects.requireNonNullElse(gateway.headers().get("Content-Type"), ""));
        }
        return contentType;
    }

    /**
     * The fields of a POST's urlencoded or multipart form, parsed as a stream on first use: Django's
     * {@code request.POST}. Empty for other methods (read their body with {@link #body()}, {@link #json} or
     * {@link QueryDict#parse(byte[], java.nio.charset.Charset)}), other content types, or once {@link #bodyStream()}
     * was taken.
     *
     * @throws BadRequest for a malformed body; {@link RequestDataTooBig} past the size limits; {@code TooManyFieldsSent}
     *     past {@code dataUploadMaxNumberFields}; a failed parse fails again on every later call
     */
    public QueryDict form() {
        return formData().fields();
    }

    /**
     * The files of a multipart POST ({@code request.FILES}): small ones in memory, larger ones in temporary
     * files deleted when the exchange ends. Empty when {@link #form()} is.
     */
    public UploadedFiles files() {
        return formData().files();
    }

    private FormData formData() {
        if (form instanceof FormData loaded) {
            return loaded;
        }
        if (form instanceof RuntimeException failed) {
            throw failed;
        }
        try {
            FormData loaded = FormData.load(this, streamTaken && body == null);
            form = loaded;
            return loaded;
        } catch (RuntimeException e) {
            form = e;
            throw e;
        }
    }

    /**
     * Delete the temporary files of the uploads this request received, like Django's {@code request.close()}.
     * The framework calls it when the exchange ends; {@link #files()} is empty afterwards.
     */
    public void close() {
        if (form instanceof FormData loaded) {
            loaded.close();
        }
    }

    /** True when {@link #close()} has work to do: a form was parsed, and its files may be on disk. */
    public boolean holdsFiles() {
        return form instanceof FormData loaded && loaded != FormData.empty();
    }

    /** The header fields as received, one by one ({@code headers().getAll(name)}); names are case-insensitive. */
    public Headers headers() {
        return gateway.headers();
    }

    /**
     * The value of header {@code name} (case-insensitive), or null, as Django's {@code request.headers[name]}: several
     * fields come joined with {@code ","} ({@code Cookie}: {@code "; "}), but {@code Host}, {@code Content-Length} and
     * {@code Content-Type}, which a request carries once, give their first.
     */
    public String header(String name) {
        return HeaderJoin.value(gateway.headers(), name);
    }

    /**
     * The cookies the client sent, by name, in the order sent (a later duplicate wins, as in Django); parsed
     * on first use, tolerant of junk.
     */
    public Map<String, String> cookies() {
        if (cookies == null) {
            String fields = header("Cookie"); // several Cookie fields joined with "; "
            cookies = fields == null ? Map.of() : Cookies.parse(fields);
        }
        return cookies;
    }

    /**
     * The value of cookie {@code name} if it carries a valid signature made with {@code salt} (and the
     * secret key or one of its fallbacks) no older than {@code maxAge} (null: any age), like Django's
     * {@code get_signed_cookie}; empty when it is missing, tampered with or expired.
     */
    public Optional<String> signedCookie(String name, String salt, Duration maxAge) {
        return signedCookies().get(cookies(), name, salt, maxAge);
    }

    /** The signer of signed cookies, keyed from the settings' secret key and its fallbacks. */
    public SignedCookies signedCookies() {
        return SignedCookies.of(settings);
    }

    /** The settings of the application handling this request. */
    public Settings settings() {
        return settings;
    }

    /** For example {@code HTTP/1.1}. */
    public String protocol() {
        return gateway.protocol();
    }

    /** The client's address (the proxy's, behind a proxy). */
    public InetSocketAddress remoteAddress() {
        return gateway.remoteAddress();
    }

    /** The server's address on this connection. */
    public InetSocketAddress localAddress() {
        return gateway.localAddress();
    }

    /**
     * The whole body, read on first use.
     *
     * @throws RequestDataTooBig when the body is larger than the {@code dataUploadMaxMemorySize} setting
     * @throws BadRequest when the client stops sending before the body is complete
     * @throws IllegalStateException when {@link #bodyStream()} was taken first
     */
    public byte[] body() {
        byte[] read = body;
        if (read == null) {
            if (streamTaken) {
                throw new IllegalStateException("The body stream was already taken with bodyStream(); read the body "
                        + "either as bytes with body() or as a stream, not both");
            }
            read = body = BodyReader.readAll(gateway, maxBodySize);
        }
        return read;
    }

    /**
     * The body parsed as JSON into {@code type} (a record, a class, {@code Map.class}, {@code JsonNode.class})
     * with Jango's mapper (see {@link Json}): unknown properties and trailing content are refused.
     *
     * @throws BadRequest when the body is not JSON of that shape, saying where and why
     * @throws RequestDataTooBig when the body is larger than {@code dataUploadMaxMemorySize}
     */
    public <T> T json(Class<T> type) {
        return Json.readBody(body(), type);
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    /**
     * The body as a stream, for bodies too large to hold in memory; no size limit applies.
     * After {@link #body()} this streams the bytes already read.
     */
    public InputStream bodyStream() {
        if (body != null) {
            return new ByteArrayInputStream(body);
        }
        streamTaken = true;
        return gateway.body();
    }

    /**
     * The value of attribute {@code key} for this request: what a layer set with {@link #setAttribute}, else the
     * application's shared value, else null.
     */
    @SuppressWarnings("unchecked")
    public <T> T attribute(Attribute<T> key) {
        int i = key.index;
        Object[] own = attributes;
        if (own != null && i < own.length && own[i] != null) {
            return (T) own[i];
        }
        return shared.get(key);
    }

    /** Set attribute {@code key} for the rest of this request (null: back to the application's shared value). */
    public <T> void setAttribute(Attribute<T> key, T value) {
        attributes = Attributes.store(attributes, key, value);
    }

    /** The gateway request this request was made from. */
    public GatewayRequest gateway() {
        return gateway;
    }

    @Override
    public String toString() {
        return method() + " " + fullPath();
    }
}
