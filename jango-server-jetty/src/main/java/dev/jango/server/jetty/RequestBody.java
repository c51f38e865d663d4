package dev.jango.server.jetty;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;

/**
 * The request body as the application reads it: Jetty's content stream, except that every failure is an
 * {@link IOException}, as the gateway promises. Jetty throws some unchecked (a body growing past the size
 * limit is an {@link HttpException.RuntimeException}); those are wrapped, keeping the cause. The first failure
 * is kept, so that when the application gives up the exchange is answered with the status it stands for
 * ({@link #refusal()}).
 */
final class RequestBody extends InputStream {

    private final InputStream in;
    private volatile Throwable failure;

    RequestBody(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        try {
            return in.read();
        } catch (IOException | RuntimeException x) {
            throw failed(x);
        }
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        try {
            return in.read(bytes, offset, length);
        } catch (IOException | RuntimeException x) {
            throw failed(x);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return in.skip(n);
        } catch (IOException | RuntimeException x) {
            throw failed(x);
        }
    }

    @Override
    public int available() throws IOException {
        try {
            return in.available();
        } catch (IOException | RuntimeException x) {
            throw failed(x);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            in.close();
        } catch (RuntimeException x) {
            throw new IOException(x.getMessage(), x);
        }
    }

    /**
     * The client error a failed read stands for, or 0: the status of the {@link HttpException} Jetty refused
     * the body with (413 past the size limit, 400 for a malformed one), 408 when it stopped arriving for the
     * idle timeout.
     */
    int refusal() {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException refused && HttpStatus.isClientError(refused.getCode())) {
                return refused.getCode();
            }
            if (cause instanceof TimeoutException) {
                return HttpStatus.REQUEST_TIMEOUT_408;
            }
        }
        return 0;
    }

    private IOException failed(Exception x) {
        if (failure == null) {
            failure = x;
        }
        return x instanceof IOException io ? io : new IOException(x.getMessage(), x);
    }
}
