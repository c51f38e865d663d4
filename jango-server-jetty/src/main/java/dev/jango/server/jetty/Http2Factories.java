package dev.jango.server.jetty;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.http2.ErrorCode;
import org.eclipse.jetty.http2.api.Stream;
import org.eclipse.jetty.http2.api.server.ServerSessionListener;
import org.eclipse.jetty.http2.frames.HeadersFrame;
import org.eclipse.jetty.http2.frames.ResetFrame;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's HTTP/2 connection factories (h2 and h2c), made to refuse requests with connection-specific fields.
 *
 * <p>RFC 9113 8.2.2: a request carrying {@code connection}, {@code keep-alive}, {@code proxy-connection},
 * {@code transfer-encoding} or {@code upgrade}, or {@code te} with a value other than {@code trailers}, is
 * malformed, and a malformed request is a stream error of type PROTOCOL_ERROR (8.1.1). Jetty checks only
 * {@code connection} and {@code te}; the other fields are checked here, when a stream opens, and the stream is
 * reset with PROTOCOL_ERROR before the request reaches the application (as Netty does).
 */
final class Http2Factories {

    private Http2Factories() {}

    /** HTTP/2 over TLS (negotiated by ALPN). */
    static HTTP2ServerConnectionFactory h2(HttpConfiguration http) {
        return new HTTP2ServerConnectionFactory(http) {
            @Override
            protected ServerSessionListener newSessionListener(Connector connector, EndPoint endPoint) {
                return new HTTPServerSessionListener(endPoint) {
                    @Override
                    public Stream.Listener onNewStream(Stream stream, HeadersFrame frame) {
                        return refused(stream, frame) ? null : super.onNewStream(stream, frame);
                    }

                    @Override
                    public void onStreamFailure(Stream stream, Throwable failure, Callback callback) {
                        if (!refused(stream, failure, callback)) {
                            super.onStreamFailure(stream, failure, callback);
                        }
                    }
                };
            }
        };
    }

    /** HTTP/2 in clear text (h2c, by prior knowledge or by upgrade). */
    static HTTP2CServerConnectionFactory h2c(HttpConfiguration http) {
        return new HTTP2CServerConnectionFactory(http) {
            @Override
            protected ServerSessionListener newSessionListener(Connector connector, EndPoint endPoint) {
                return new HTTPServerSessionListener(endPoint) {
                    @Override
                    public Stream.Listener onNewStream(Stream stream, HeadersFrame frame) {
                        return refused(stream, frame) ? null : super.onNewStream(stream, frame);
                    }

                    @Override
                    public void onStreamFailure(Stream stream, Throwable failure, Callback callback) {
                        if (!refused(stream, failure, callback)) {
                            super.onStreamFailure(stream, failure, callback);
                        }
                    }
                };
            }
        };
    }

    /**
     * Reset {@code stream} with PROTOCOL_ERROR, completing {@code callback}, when Jetty failed its request for a
     * {@code connection} or {@code te} field (Jetty would answer 400).
     */
    private static boolean refused(Stream stream, Throwable failure, Callback callback) {
        if (!isConnectionSpecificFailure(failure)) {
            return false;
        }
        stream.reset(new ResetFrame(stream.getId(), ErrorCode.PROTOCOL_ERROR.code), callback);
        return true;
    }

    /** Whether Jetty's HPACK decoder failed a request for its {@code connection} or {@code te} field. */
    private static boolean isConnectionSpecificFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Connection specific field") || message.contains("Unsupported TE value")) {
                return true;
            }
        }
        return false;
    }

    /** Reset {@code stream} with PROTOCOL_ERROR when its request is malformed by a connection-specific field. */
    private static boolean refused(Stream stream, HeadersFrame frame) {
        MetaData metaData = frame.getMetaData();
        if (metaData == null || metaData.getHttpVersion() != HttpVersion.HTTP_2 // an h2c upgrade's HTTP/1.1 request
                || !hasConnectionSpecificField(metaData.getHttpFields())) {
            return false;
        }
        stream.reset(new ResetFrame(stream.getId(), ErrorCode.PROTOCOL_ERROR.code), Callback.NOOP);
        return true;
    }

    /** Whether {@code fields} hold a field RFC 9113 8.2.2 forbids in HTTP/2 ({@code te} only as "trailers"). */
    static boolean hasConnectionSpecificField(HttpFields fields) {
        for (HttpField field : fields) {
            switch (field.getLowerCaseName()) {
                case "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade" -> {
                    return true;
                }
                case "te" -> {
                    if (!"trailers".equalsIgnoreCase(field.getValue().strip())) {
                        return true;
                    }
                }
                default -> {
                    // an end-to-end field
                }
            }
        }
        return false;
    }
}
