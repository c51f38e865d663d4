package dev.jango.http;

import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;

/** Gateway requests for unit tests of the core. */
public final class TestGateway {

    private TestGateway() {}

    /** A request as a server would pass it, with {@code rawPath} still encoded and an optional query. */
    public static GatewayRequest request(String method, String rawPathAndQuery, byte[] body, String... headers) {
        int q = rawPathAndQuery.indexOf('?');
        String path = q < 0 ? rawPathAndQuery : rawPathAndQuery.substring(0, q);
        String query = q < 0 ? "" : rawPathAndQuery.substring(q + 1);
        return new GatewayRequest(method, "http", "", path, query, "HTTP/1.1", Headers.of(headers),
                new ByteArrayInputStream(body), new InetSocketAddress("127.0.0.1", 50000),
                new InetSocketAddress("127.0.0.1", 8000));
    }

    /** A GET with no body. */
    public static GatewayRequest get(String rawPathAndQuery, String... headers) {
        return request("GET", rawPathAndQuery, new byte[0], headers);
    }
}
