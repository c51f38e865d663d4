package dev.jango.http;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a URL from the client (a {@code next} parameter, say) may be redirected to, following Django's
 * {@code url_has_allowed_host_and_scheme}: relative URLs on this site, or absolute ones to an allowed host.
 *
 * <p>Browsers are lenient where parsers are strict, so anything a browser could read as another host is
 * refused: three leading slashes, a scheme without a host, leading control characters, tabs and newlines
 * (which browsers drop, turning {@code /\t/evil.example} into {@code //evil.example}), and backslashes (read
 * as slashes). The check runs on the URL as given and again with backslashes turned into slashes.
 */
public final class SafeUrls {

    private SafeUrls() {}

    /**
     * Whether {@code url} stays on one of {@code allowedHosts} (host or host:port, as {@code request.host()}
     * gives) and uses http or https ({@code requireHttps}: https only; a relative URL always passes the scheme test).
     */
    public static boolean hasAllowedHostAndScheme(String url, Set<String> allowedHosts, boolean requireHttps) {
        if (url == null) {
            return false;
        }
        String stripped = url.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        return check(stripped, allowedHosts, requireHttps)
                && check(stripped.replace('\\', '/'), allowedHosts, requireHttps);
    }

    private static boolean check(String url, Set<String> allowedHosts, boolean requireHttps) {
        if (url.startsWith("///")) {
            return false;
        }
        if (Character.isISOControl(url.charAt(0)) || Character.getType(url.charAt(0)) == Character.FORMAT) {
            return false;
        }
        String cleaned = dropTabsAndNewlines(leadingControlsStripped(url));
        String scheme = scheme(cleaned);
        String rest = scheme == null ? cleaned : cleaned.substring(scheme.length() + 1);
        String netloc = rest.startsWith("//") ? netloc(rest.substring(2)) : "";
        if (netloc.isEmpty() && scheme != null) {
            return false; // http:///evil.example, javascript:alert(1), mailto:...
        }
        String effective = scheme == null && !netloc.isEmpty() ? "http" : scheme;
        boolean schemeOk = effective == null || effective.equals("https") || !requireHttps && effective.equals("http");
        return (netloc.isEmpty() || allowedHosts.contains(netloc)) && schemeOk;
    }

    private static String leadingControlsStripped(String url) {
        int i = 0;
        while (i < url.length() && url.charAt(i) <= ' ') {
            i++;
        }
        return url.substring(i);
    }

    private static String dropTabsAndNewlines(String url) {
        if (url.indexOf('\t') < 0 && url.indexOf('\r') < 0 && url.indexOf('\n') < 0) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\r' && c != '\n') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The lower-cased scheme before the first ':', when what precedes it is a valid scheme; else null. */
    private static String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0 || !Character.isLetter(url.charAt(0)) || url.charAt(0) > 127) {
            return null;
        }
        for (int i = 1; i < colon; i++) {
            char c = url.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
            if (!ok) {
                return null;
            }
        }
        return url.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** The authority after "//": up to the first '/', '?' or '#'. */
    private static String netloc(String afterSlashes) {
        int end = afterSlashes.length();
        for (int i = 0; i < afterSlashes.length(); i++) {
            char c = afterSlashes.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        return afterSlashes.substring(0, end);
    }
}
