package dev.jango.conf;

import java.util.Objects;

/**
 * A TLS-terminating proxy's statement that the client used HTTPS: header {@code header} equal to
 * {@code value}, for example {@code X-Forwarded-Proto: https} (Django's SECURE_PROXY_SSL_HEADER).
 */
public record ProxySslHeader(String header, String value) {

    /** Check both parts are there. */
    public ProxySslHeader {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Read {@code Header=value} (or {@code Header: value}).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ProxySslHeader parse(String text) {
        int split = text.indexOf('=') >= 0 ? text.indexOf('=') : text.indexOf(':');
        if (split <= 0 || split == text.length() - 1) {
            throw new IllegalArgumentException("write it as Header=value, like X-Forwarded-Proto=https");
        }
        return new ProxySslHeader(text.substring(0, split).strip(), text.substring(split + 1).strip());
    }

    @Override
    public String toString() {
        return header + "=" + value;
    }
}
