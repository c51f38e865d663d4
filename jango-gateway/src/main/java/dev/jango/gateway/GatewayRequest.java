package dev.jango.gateway;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * One HTTP request as a server hands it to an {@link Application}.
 *
 * <p>Fields, all non-null:
 * <ul>
 *   <li>{@code method}: the request method as sent, for example {@code GET}.</li>
 *   <li>{@code scheme}: {@code http} or {@code https}, as seen by this server (proxies are the
 *       application's business).</li>
 *   <li>{@code scriptName}: the prefix the application is mounted under, {@code ""} at the root; never ends
 *       with {@code /}.</li>
 *   <li>{@code rawPath}: the rest of the path exactly as sent, still percent-encoded, starting with {@code /}
 *       ({@code *} for {@code OPTIONS *}); without query or fragment.</li>
 *   <li>{@code rawQuery}: the query string as sent, without {@code ?}; {@code ""} when there is none.</li>
 *   <li>{@code protocol}: for example {@code HTTP/1.1}.</li>
 *   <li>{@code headers}: the request's header fields in the order received.</li>
 *   <li>{@code body}: the request body; empty when there is none. Chunked bodies arrive de-chunked.</li>
 *   <li>{@code remoteAddress}, {@code localAddress}: the two ends of the connection.</li>
 * </ul>
 */
public record GatewayRequest(
        String method,
        String scheme,
        String scriptName,
        String rawPath,
        String rawQuery,
        String protocol,
        Headers headers,
        InputStream body,
        InetSocketAddress remoteAddress,
        InetSocketAddress localAddress) {

    public GatewayRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(scriptName, "scriptName");
        Objects.requireNonNull(rawPath, "rawPath");
        Objects.requireNonNull(rawQuery, "rawQuery");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(localAddress, "localAddress");
    }
}
