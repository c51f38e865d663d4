package dev.jango.server.jetty;

import dev.jango.gateway.ReasonPhrases;
import java.nio.ByteBuffer;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the gateway's reason phrases in Jetty's HTTP/1 status lines. Jetty's core API has no reason phrase: its
 * generator writes its own ({@code 500 Server Error}, {@code 413 Payload Too Large}, the bare code for one it does
 * not know), so an exchange that needs another, an application's own or the gateway's standard one where Jetty's
 * differs, gets this wrapper around its stream, which gives the response head that phrase on its way out. The common
 * case (a status whose phrase Jetty already writes the same) costs nothing. HTTP/2 has no reason phrase.
 */
final class ReasonPhraseStream extends HttpStream.Wrapper {

    /** Per status 100-599: true when Jetty's own status line does not carry the gateway's phrase. */
    private static final boolean[] JETTY_DIFFERS = new boolean[600];

    static {
        for (int code = 100; code < JETTY_DIFFERS.length; code++) {
            HttpStatus.Code jetty = HttpStatus.getCode(code);
            JETTY_DIFFERS[code] = jetty == null || !jetty.getMessage().equals(ReasonPhrases.of(code));
        }
    }

    private final int status;
    private final String reason;

    private ReasonPhraseStream(HttpStream wrapped, int status, String reason) {
        super(wrapped);
        this.status = status;
        this.reason = reason;
    }

    /**
     * Make the response to {@code request} carry {@code reason} if its status is {@code status}, and the gateway's
     * standard phrase otherwise; nothing to do (nothing allocated) when Jetty would write that phrase itself.
     * {@code custom} says the phrase is not the standard one. Call before the response is committed.
     */
    static void apply(Request request, int status, String reason, boolean custom) {
        if ((custom || differs(status)) && http1(request)) {
            request.addHttpStreamWrapper(wrapper(status, reason));
        }
    }

    /** Make the response to {@code request}, whatever its status, carry the gateway's standard phrase. */
    static void standard(Request request) {
        if (http1(request)) {
            request.addHttpStreamWrapper(wrapper(0, null));
        }
    }

    private static Function<HttpStream, HttpStream> wrapper(int status, String reason) {
        return stream -> new ReasonPhraseStream(stream, status, reason);
    }

    private static boolean http1(Request request) {
        return request.getConnectionMetaData().getHttpVersion().getVersion() < 20;
    }

    private static boolean differs(int code) {
        return code < 100 || code >= JETTY_DIFFERS.length || JETTY_DIFFERS[code];
    }

    @Override
    public void send(MetaData.Request request, MetaData.Response response, boolean last, ByteBuffer content,
            Callback callback) {
        // A null reason: no wrapper added after this one has set it. The response may have another status than the one
        // this wrapper was made for (a bare 500 after a failed send, say): then it gets the standard phrase of that.
        if (response != null && response.getReason() == null) {
            int code = response.getStatus();
            if (code == status || differs(code)) {
                response = new MetaData.Response(code, code == status ? reason : ReasonPhrases.of(code),
                        response.getHttpVersion(), response.getHttpFields(), response.getContentLength(),
                        response.getTrailersSupplier());
            }
        }
        super.send(request, response, last, content, callback);
    }
}
