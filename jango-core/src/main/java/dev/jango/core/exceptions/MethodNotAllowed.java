package dev.jango.core.exceptions;

import java.io.Serial;
import java.util.List;

/** The view does not serve this method: answers 405 with an {@code Allow} header listing the methods it does. */
public class MethodNotAllowed extends HttpError {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<String> allowed;

    /** {@code method} was refused; {@code allowed} are the methods the view serves. */
    public MethodNotAllowed(String method, List<String> allowed) {
        super(405, "Method Not Allowed (" + method + "); allowed: " + String.join(", ", allowed));
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public java.util.Map<String, String> headers() {
        return java.util.Map.of("Allow", String.join(", ", allowed));
    }

    /** The methods the view serves, for {@code Allow}. */
    public List<String> allowed() {
        return allowed;
    }
}
