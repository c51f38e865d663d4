package dev.jango.gateway;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Wraps an {@link Application} and checks both sides of the gateway contract on every exchange.
 *
 * <p>Server side: the request's method is a token, scheme is http or https, script name and path are
 * well formed, header names are tokens and values carry no CR, LF or NUL, and the completion is called
 * exactly once. Application side: a response is returned, its status is 100-599, header names are tokens
 * and values carry no CR, LF or NUL, HEAD/1xx/204/304 responses have no body
 * ({@link GatewayResponse#bodyAllowed}), 1xx/204 responses carry no
 * {@code Content-Length}, and {@code Content-Length} agrees with the body (except for HEAD and 304, which
 * may keep the length the GET would have had).
 *
 * <p>Use it in tests and in development; it costs a few checks per header.
 */
public final class GatewayLint {

    private GatewayLint() {}

    /** Wrap {@code app} so that any broken rule throws a {@link GatewayLintError}. */
    public static Application wrap(Application app) {
        return wrap(app, violation -> {
            throw violation;
        });
    }

    /**
     * Wrap {@code app} so that each broken rule is passed to {@code onViolation}, which may record it
     * (the exchange then goes on) or throw it.
     */
    public static Application wrap(Application app, Consumer<GatewayLintError> onViolation) {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(onViolation, "onViolation");
        return new Application() {
            @Override
            public GatewayResponse call(GatewayRequest request) {
                Checker checker = new Checker(onViolation);
                checker.checkRequest(request);
                GatewayResponse response = app.call(request);
                return checker.checkResponse(request, response);
            }

            @Override
            public void start() {
                app.start();
            }

            @Override
            public void stop() {
                app.stop();
            }
        };
    }

    /** True when {@code text} is a non-empty RFC 9110 token. */
    static boolean isToken(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code value} contains CR, LF or NUL. */
    static boolean hasLineBreak(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                return true;
            }
        }
        return false;
    }

    private record Checker(Consumer<GatewayLintError> onViolation) {

        void fail(String rule, String detail) {
            onViolation.accept(new GatewayLintError(rule, detail));
        }

        void checkRequest(GatewayRequest request) {
            if (!isToken(request.method())) {
                fail("request.method", "server passed method '" + request.method() + "', which is not a token");
            }
            if (!request.scheme().equals("http") && !request.scheme().equals("https")) {
                fail("request.scheme", "server passed scheme '" + request.scheme() + "'; expected http or https");
            }
            String script = request.scriptName();
            if (!script.isEmpty() && (!script.startsWith("/") || script.endsWith("/"))) {
                fail("request.script-name", "server passed script name '" + script
                        + "'; it must be empty or start with / and not end with /");
            }
            String path = request.rawPath();
            if (!(path.startsWith("/") || path.equals("*"))) {
                fail("request.path", "server passed path '" + path + "'; it must start with / (or be *)");
            }
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '?' || c == '#' || c <= ' ' || c == 0x7f) {
                    fail("request.path", "server passed path '" + path
                            + "' containing a query, fragment, space or control character");
                    break;
                }
            }
            if (!request.protocol().startsWith("HTTP/")) {
                fail("request.protocol", "server passed protocol '" + request.protocol() + "'");
            }
            checkHeaders("request", "server", request.headers());
        }

        void checkHeaders(String side, String who, Headers headers) {
            for (int i = 0; i < headers.size(); i++) {
                String name = headers.name(i);
                if (!isToken(name)) {
                    fail(side + ".header-name", who + " passed header name '" + name + "', which is not a token");
                }
                if (hasLineBreak(headers.value(i))) {
                    fail(side + ".header-value", who + " passed a value of header " + name
                            + " containing CR, LF or NUL");
                }
            }
        }

        GatewayResponse checkResponse(GatewayRequest request, GatewayResponse response) {
            if (response == null) {
                fail("response.not-null", "application returned null for " + request.method() + " " + request.rawPath());
                return null;
            }
            int status = response.status();
            if (status < 100 || status > 599) {
                fail("response.status", "application returned status " + status + "; expected 100-599");
            }
            checkHeaders("response", "application", response.headers());
            boolean head = request.method().equals("HEAD");
            boolean noContentStatus = status < 200 || status == 204;
            Body body = response.body();
            if (!GatewayResponse.bodyAllowed(request.method(), status) && body.length() != 0) {
                fail("response.no-body", "application returned a body (" + describe(body) + ") for a "
                        + (head ? "HEAD request" : status + " response") + "; it must be empty");
            }
            long declared = checkContentLength(response.headers(), noContentStatus, status);
            boolean lengthMayDiffer = head || status == 304;
            if (declared >= 0 && !lengthMayDiffer && body.length() >= 0 && body.length() != declared) {
                fail("response.content-length", "Content-Length is " + declared + " but the body has "
                        + body.length() + " bytes");
            }
            Body checkedBody = body;
            if (body instanceof Body.Stream stream) {
                long expected = stream.length() >= 0 ? stream.length() : lengthMayDiffer ? -1 : declared;
                checkedBody = new Body.Stream(new CountingWriter(stream.writer(), expected, this), stream.length());
            }
            AtomicInteger calls = new AtomicInteger();
            Completion inner = response.completion();
            Completion once = failure -> {
                int n = calls.incrementAndGet();
                if (n > 1) {
                    fail("completion.once", "server called the completion " + n + " times for "
                            + request.method() + " " + request.rawPath());
                    return;
                }
                inner.completed(failure);
            };
            return new GatewayResponse(status, response.headers(), checkedBody, once, response.reasonPhrase());
        }

        long checkContentLength(Headers headers, boolean noContentStatus, int status) {
            var values = headers.getAll("Content-Length");
            if (values.isEmpty()) {
                return -1;
            }
            if (noContentStatus) {
                fail("response.no-content-length", "a " + status + " response must not carry Content-Length");
            }
            if (values.size() > 1 && values.stream().distinct().count() > 1) {
                fail("response.content-length", "several different Content-Length values: " + values);
                return -1;
            }
            String value = values.getFirst().strip();
            if (!isDigits(value)) {
                fail("response.content-length", "Content-Length must be digits only (RFC 9110 8.6), was '"
                        + values.getFirst() + "'");
                return -1;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                fail("response.content-length", "Content-Length is too large: '" + value + "'");
                return -1;
            }
        }

        static boolean isDigits(String text) {
            if (text.isEmpty()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        static String describe(Body body) {
            return body.length() < 0 ? "a stream of unknown length" : body.length() + " bytes";
        }
    }

    /** Checks that a streamed body writes the number of bytes it promised. */
    private record CountingWriter(BodyWriter writer, long expected, Checker checker) implements BodyWriter {
        @Override
        public void writeTo(OutputStream out) throws IOException {
            long[] count = new long[1];
            writer.writeTo(new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    count[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    count[0] += len;
                }

                @Override
                public void close() {
                    checker.fail("response.body-close", "the body writer closed the server's stream");
                }
            });
            if (expected >= 0 && count[0] != expected) {
                checker.fail("response.content-length", "the body writer wrote " + count[0]
                        + " bytes but the response promised " + expected);
            }
        }
    }
}
