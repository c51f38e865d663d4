package dev.jango.conf;

/**
 * A TLS-terminating proxy's statement that the client used HTTPS: header {@code header} equal to
 * {@code value}, for example {@code X-Forwarded-Proto: https} (Django's SECURE_PROXY_SSL_HEADER).
 */
public record ProxySslHeader(String header, String value) {}
