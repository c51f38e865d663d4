package dev.jango.test;

import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * One request being built by a {@link Client} or {@link RequestFactory}: add headers, query parameters and
 * a body, then {@link #send()}.
 *
 * <p>The path may hold characters that need encoding ({@code /café/}); they are percent-encoded as UTF-8,
 * while escapes already present ({@code %2F}) are kept. The request looks as if it came from
 * {@code 127.0.0.1} to host {@code testserver}, as in Django's test client.
 */
public final class Call<R> {

    private final RequestMaker<R> maker;
    private final String method;
    private final String rawPath;
    private final StringBuilder query = new StringBuilder();
    private final Headers headers = new Headers();
    private byte[] body = new byte[0];
    private Boolean secure;

    Call(RequestMaker<R> maker, String method, String path) {
        this.maker = maker;
        this.method = Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        int q = path.indexOf('?');
        this.rawPath = encodePath(q < 0 ? path : path.substring(0, q));
        if (q >= 0) {
            query.append(path, q + 1, path.length());
        }
    }

    /** Add a header field. */
    public Call<R> header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    /** Append a query parameter, encoded. */
    public Call<R> query(String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(encode(name)).append('=').append(encode(value));
        return this;
    }

    /** Send {@code bytes} as the body, with {@code Content-Type: contentType}. */
    public Call<R> body(byte[] bytes, String contentType) {
        this.body = Objects.requireNonNull(bytes, "bytes");
        headers.set("Content-Type", contentType);
        return this;
    }

    /** Send {@code json} as an {@code application/json} body. */
    public Call<R> json(String json) {
        return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** Send {@code fields} as an {@code application/x-www-form-urlencoded} body, in map order. */
    public Call<R> form(Map<String, String> fields) {
        StringBuilder encoded = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!encoded.isEmpty()) {
                encoded.append('&');
            }
            encoded.append(encode(name)).append('=').append(encode(value));
        });
        return body(encoded.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /**
     * Send {@code parts} as {@code multipart/form-data}, in map order: {@link FileUpload} values become file
     * parts, anything else a text field.
     */
    public Call<R> multipart(Map<String, ?> parts) {
        String boundary = "----JangoTestBoundary" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        parts.forEach((name, value) -> {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append('"');
            byte[] content;
            if (value instanceof FileUpload file) {
                head.append("; filename=\"").append(file.fileName()).append("\"\r\nContent-Type: ").append(file.contentType());
                content = file.content();
            } else {
                content = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            }
            out.writeBytes(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** Make the request over HTTPS (true) or HTTP (false), overriding the client's default. */
    public Call<R> secure(boolean secure) {
        this.secure = secure;
        return this;
    }

    /** Send the request. */
    public R send() {
        return maker.perform(this);
    }

    String method() {
        return method;
    }

    Headers headers() {
        return headers;
    }

    Boolean secure() {
        return secure;
    }

    String rawPath() {
        return rawPath;
    }

    byte[] body() {
        return body;
    }

    String rawQuery() {
        return query.toString();
    }

    /** The gateway request a server would hand over for this call. */
    GatewayRequest toGateway(boolean secureByDefault) {
        boolean https = secure != null ? secure : secureByDefault;
        Headers all = new Headers(headers.size() + 2);
        if (!headers.contains("Host")) {
            all.add("Host", "testserver");
        }
        headers.forEach(all::add);
        if (body.length > 0 && !all.contains("Content-Length")) {
            all.add("Content-Length", Integer.toString(body.length));
        }
        return new GatewayRequest(method, https ? "https" : "http", "", rawPath, query.toString(), "HTTP/1.1",
                all, new ByteArrayInputStream(body), new InetSocketAddress("127.0.0.1", 50000),
                new InetSocketAddress("127.0.0.1", https ? 443 : 80));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Percent-encode what may not stand in a path, keeping escapes and path punctuation as written. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0;
            if (keep) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
