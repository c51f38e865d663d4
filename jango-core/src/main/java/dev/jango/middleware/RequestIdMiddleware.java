package dev.jango.middleware;

import dev.jango.http.Attribute;
import dev.jango.http.Request;
import dev.jango.http.Response;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id and writes one access-log line per request.
 *
 * <p>The id is taken from an incoming {@code X-Request-Id} when {@code trustIncoming} is on and the value is
 * a sane token (a proxy's id), otherwise 16 random hex digits. Views and inner layers read it with
 * {@link #id(Request)}; it is sent back as {@code X-Request-Id}. The access
 * log, on logger {@code dev.jango.access} at INFO, reads
 * {@code <id> <method> <full path> <status> <bytes or -> <milliseconds>ms}. Put this middleware first so its
 * figures cover the whole onion.
 */
public final class RequestIdMiddleware implements Middleware {

    private static final Attribute<String> ID = Attribute.named("requestId");
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.jango.access");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final boolean trustIncoming;

    /** Ids generated here; incoming ids ignored. */
    public RequestIdMiddleware() {
        this(false);
    }

    /** With {@code trustIncoming}, keep a proxy's {@code X-Request-Id} when it is a sane token. */
    public RequestIdMiddleware(boolean trustIncoming) {
        this.trustIncoming = trustIncoming;
    }

    /** The id of {@code request}; null when no {@code RequestIdMiddleware} ran for it. */
    public static String id(Request request) {
        return request.attribute(ID);
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            long start = System.nanoTime();
            String incoming = trustIncoming ? request.header("X-Request-Id") : null;
            String id = incoming != null && SANE_ID.matcher(incoming).matches() ? incoming
                    : Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
            request.setAttribute(ID, id);
            Response response = next.handle(request);
            response.header("X-Request-Id", id);
            if (ACCESS.isInfoEnabled()) {
                String length = response.isStreaming() ? "-" : Integer.toString(response.content().length);
                ACCESS.info("{} {} {} {} {} {}ms", id, request.method(), request.fullPath(), response.status(), length,
                        (System.nanoTime() - start) / 1_000_000);
            }
            return response;
        };
    }
}
