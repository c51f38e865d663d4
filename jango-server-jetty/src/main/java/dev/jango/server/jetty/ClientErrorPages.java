package dev.jango.server.jetty;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages, except that a request line in an HTTP version Jetty does not speak (HTTP/0.9 with no
 * version at all, HTTP/1.2, HTTP/9.9) gets 400 instead of 505: broken input never looks like a server fault; and
 * their status lines carry the gateway's reason phrases, as every Jango server's do ({@link ReasonPhraseStream}).
 */
final class ClientErrorPages extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        ReasonPhraseStream.standard(request);
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException refusal
                && refusal.getCode() == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            HttpException badRequest = new HttpException.RuntimeException(HttpStatus.BAD_REQUEST_400,
                    refusal.getReason());
            response.setStatus(HttpStatus.BAD_REQUEST_400);
            return super.handle(new Request.Wrapper(request) {
                @Override
                public Object getAttribute(String name) {
                    return ERROR_EXCEPTION.equals(name) ? badRequest : super.getAttribute(name);
                }
            }, response, callback);
        }
        return super.handle(request, response, callback);
    }
}
