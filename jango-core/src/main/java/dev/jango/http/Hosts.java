package dev.jango.http;

import dev.jango.conf.Settings;
import dev.jango.core.exceptions.DisallowedHost;
import dev.jango.gateway.GatewayRequest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Host header checks, as Django's {@code split_domain_port} and {@code validate_host} do them. */
final class Hosts {

    /** What {@code allowedHosts} means when it is empty and debug is on. */
    static final List<String> DEBUG_DEFAULTS = List.of(".localhost", "127.0.0.1", "[::1]", "testserver");

    private static final Pattern HOST = Pattern.compile("([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(:[0-9]+)?");

    private Hosts() {}

    /** The validated host of {@code gateway} under {@code settings}, as {@code Request.host()} documents. */
    static String validHost(GatewayRequest gateway, Settings settings, boolean secure) {
        String raw = null;
        if (settings.useXForwardedHost()) {
            raw = gateway.headers().get("X-Forwarded-Host");
            if (raw != null) {
                raw = raw.split(",")[0].strip();
            }
        }
        if (raw == null) {
            raw = gateway.headers().get("Host");
        }
        if (raw == null) {
            int port = gateway.localAddress().getPort();
            String name = gateway.localAddress().getHostString();
            raw = name.contains(":") ? "[" + name + "]" : name;
            raw = port == (secure ? 443 : 80) ? raw : raw + ":" + port;
        }
        String domain = Hosts.domain(raw);
        List<String> allowed = settings.allowedHosts().isEmpty() && settings.debug() ? Hosts.DEBUG_DEFAULTS
                : settings.allowedHosts();
        if (domain == null) {
            throw new DisallowedHost("Invalid HTTP_HOST header: '" + raw + "'. The domain name provided is not valid "
                    + "according to RFC 1034/1035.");
        }
        if (!Hosts.allowed(domain, allowed)) {
            throw new DisallowedHost("Invalid HTTP_HOST header: '" + raw + "'. You may need to add '" + domain
                    + "' to allowedHosts (JANGO_ALLOWED_HOSTS).");
        }
        return raw;
    }

    /** The domain of {@code host} (lower-cased, without port or trailing dot), or null when it is malformed. */
    static String domain(String host) {
        Matcher m = HOST.matcher(host.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        String domain = m.group(1);
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
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
