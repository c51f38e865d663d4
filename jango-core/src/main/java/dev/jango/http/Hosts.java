package dev.jango.http;

import dev.jango.conf.CoreSettings;
import dev.jango.conf.ProxySslHeader;
import dev.jango.conf.Settings;
import dev.jango.core.exceptions.BadRequest;
import dev.jango.core.exceptions.DisallowedHost;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import java.util.List;
import java.util.Locale;

/**
 * Where a request was addressed, as Django works it out behind proxies: the scheme ({@code SECURE_PROXY_SSL_HEADER}),
 * the port ({@code USE_X_FORWARDED_PORT}) and the host, checked as Django's {@code split_domain_port} and
 * {@code validate_host} check it.
 */
final class Hosts {

    /** What {@code allowedHosts} means when it is empty and debug is on. */
    static final List<String> DEBUG_DEFAULTS = List.of(".localhost", "127.0.0.1", "[::1]", "testserver");

    private Hosts() {}

    /** The scheme of {@code gateway} under {@code settings}, as {@code Request.scheme()} documents. */
    static String scheme(GatewayRequest gateway, Settings settings) {
        ProxySslHeader proxy = settings.get(CoreSettings.SECURE_PROXY_SSL_HEADER);
        if (proxy != null) {
            String value = gateway.headers().get(proxy.header());
            if (value != null) {
                int comma = value.indexOf(',');
                return (comma < 0 ? value : value.substring(0, comma)).strip().equals(proxy.value()) ? "https" : "http";
            }
        }
        return gateway.scheme();
    }

    /** The port of {@code gateway} under {@code settings}, as {@code Request.port()} documents. */
    static int port(GatewayRequest gateway, Settings settings) {
        if (settings.get(CoreSettings.USE_X_FORWARDED_PORT)) {
            String forwarded = gateway.headers().get("X-Forwarded-Port");
            if (forwarded != null) {
                try {
                    return Integer.parseInt(forwarded.strip());
                } catch (NumberFormatException e) {
                    throw new BadRequest("X-Forwarded-Port is not a number: " + forwarded);
                }
            }
        }
        return gateway.localAddress().getPort();
    }

    /** The validated host of {@code gateway} under {@code settings}, as {@code Request.host()} documents. */
    static String validHost(GatewayRequest gateway, Settings settings, boolean secure) {
        String raw = null;
        if (settings.get(CoreSettings.USE_X_FORWARDED_HOST)) {
            raw = gateway.headers().get("X-Forwarded-Host");
            if (raw != null) {
                raw = raw.split(",")[0].strip();
            }
        }
        if (raw == null) {
            raw = hostField(gateway.headers());
        }
        if (raw == null) {
            int port = gateway.localAddress().getPort();
            String name = gateway.localAddress().getHostString();
            raw = name.contains(":") ? "[" + name + "]" : name;
            raw = port == (secure ? 443 : 80) ? raw : raw + ":" + port;
        }
        List<String> allowed = settings.get(CoreSettings.ALLOWED_HOSTS).isEmpty() && settings.get(CoreSettings.DEBUG) ? Hosts.DEBUG_DEFAULTS
                : settings.get(CoreSettings.ALLOWED_HOSTS);
        Accepted last = lastAccepted;
        if (last != null && last.allowed == allowed && last.raw.equals(raw)) {
            return raw; // the host most requests bring: checked already, against the same list
        }
        String domain = Hosts.domain(raw);
        if (domain == null) {
            throw new DisallowedHost("Invalid HTTP_HOST header: '" + raw + "'. The domain name provided is not valid "
                    + "according to RFC 1034/1035.");
        }
        if (!Hosts.allowed(domain, allowed)) {
            throw new DisallowedHost("Invalid HTTP_HOST header: '" + raw + "'. You may need to add '" + domain
                    + "' to allowedHosts (JANGO_ALLOWED_HOSTS).");
        }
        lastAccepted = new Accepted(allowed, raw);
        return raw;
    }

    /**
     * The one Host field's value, or null without one. Several Host fields are refused (RFC 9112 3.2; every Jango
     * server refuses them before the application, this guards the others): which one would the check see?
     *
     * @throws DisallowedHost when there are several
     */
    private static String hostField(Headers headers) {
        String host = null;
        for (int i = 0, n = headers.size(); i < n; i++) {
            if (headers.name(i).equalsIgnoreCase("Host")) {
                if (host != null) {
                    throw new DisallowedHost("Several Host header fields: '" + host + "' and '" + headers.value(i)
                            + "'");
                }
                host = headers.value(i);
            }
        }
        return host;
    }

    /** A host value that passed the check against an allowed list (the list's identity, not its contents). */
    private record Accepted(List<String> allowed, String raw) {}

    /** The last host that passed: the check is a pure function of host and list, so it need not run again. */
    private static volatile Accepted lastAccepted;

    /**
     * The domain of {@code host} (lower-cased, without port or trailing dot), or null when it is malformed: a name
     * of letters, digits, dots and hyphens, or a bracketed IPv6 literal, then an optional {@code :port} of digits.
     * A hand-written scan of what Django's host pattern accepts: it runs on every request.
     */
    static String domain(String host) {
        String lower = host.toLowerCase(Locale.ROOT); // the same instance when already lower-case
        int end = lower.length();
        int colon = lower.lastIndexOf(':');
        int domainEnd;
        if (!lower.isEmpty() && lower.charAt(0) == '[') {
            int close = lower.indexOf(']');
            if (close < 0 || !ipv6Literal(lower, 1, close)) {
                return null;
            }
            domainEnd = close + 1;
        } else {
            domainEnd = colon >= 0 ? colon : end;
            if (domainEnd == 0) {
                return null;
            }
            for (int i = 0; i < domainEnd; i++) {
                char c = lower.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
                    return null;
                }
            }
        }
        if (domainEnd < end && !port(lower, domainEnd, end)) {
            return null;
        }
        int cut = lower.charAt(domainEnd - 1) == '.' ? domainEnd - 1 : domainEnd;
        return cut == end ? lower : lower.substring(0, cut);
    }

    /** True for {@code [a-f0-9]*:[a-f0-9.:]+} between {@code from} and {@code to}. */
    private static boolean ipv6Literal(String s, int from, int to) {
        int i = from;
        while (i < to && isHex(s.charAt(i))) {
            i++;
        }
        if (i == to || s.charAt(i) != ':' || i + 1 == to) {
            return false;
        }
        for (i++; i < to; i++) {
            char c = s.charAt(i);
            if (!(isHex(c) || c == '.' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    /** True for {@code :[0-9]+} between {@code from} and {@code to}. */
    private static boolean port(String s, int from, int to) {
        if (s.charAt(from) != ':' || from + 1 == to) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    /**
     * True when {@code domain} is allowed by {@code patterns}: {@code *} allows any, {@code .example.com}
     * allows example.com and its subdomains, anything else must be equal (case-insensitively).
     */
    static boolean allowed(String domain, List<String> patterns) {
        for (String raw : patterns) {
            String pattern = raw.toLowerCase(Locale.ROOT);
            if (pattern.equals("*") || pattern.equals(domain)
                    || (pattern.startsWith(".") && (domain.endsWith(pattern) || domain.equals(pattern.substring(1))))) {
                return true;
            }
        }
        return false;
    }
}
