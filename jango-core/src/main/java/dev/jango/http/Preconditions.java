package dev.jango.http;

import dev.jango.gateway.HttpDate;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluate a request's conditional headers against a resource's ETag and Last-Modified, like Django's
 * {@code django.utils.cache.get_conditional_response}.
 *
 * <p>The order is RFC 9110 §13.2.2: {@code If-Match} (strong comparison, 412 on failure), then
 * {@code If-Unmodified-Since} only without {@code If-Match} (412), then {@code If-None-Match} (weak comparison;
 * 304 for GET and HEAD, 412 otherwise), then {@code If-Modified-Since} only without {@code If-None-Match} and
 * only for GET and HEAD (304). Unparsable dates and junk entity-tags are ignored, as the RFC asks. Shared by
 * {@code ConditionalGetMiddleware} and {@code Conditions.condition}.
 */
public final class Preconditions {

    /** The headers a 304 keeps from the response it replaces (RFC 9110 §15.4.5, plus Set-Cookie). */
    public static final List<String> NOT_MODIFIED_HEADERS =
            List.of("Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Last-Modified", "Vary");

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"[^\"]*\"");
    private static final String D = "(\\d{2})";
    private static final String M = "([A-Za-z]{3})";
    private static final String T = "(\\d{2}):(\\d{2}):(\\d{2})";
    private static final Pattern IMF_FIXDATE =
            Pattern.compile("[A-Za-z]{3}, " + D + " " + M + " (\\d{4}) " + T + " GMT");
    private static final Pattern RFC_850 =
            Pattern.compile("[A-Za-z]{6,9}, " + D + "-" + M + "-(\\d{2}) " + T + " GMT");
    private static final Pattern ASCTIME =
            Pattern.compile("[A-Za-z]{3} " + M + " ([ \\d]\\d) " + T + " (\\d{4})");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Set<String> SAFE = Set.of("GET", "HEAD");

    private Preconditions() {}

    /**
     * Return the 304 or 412 response {@code request}'s preconditions call for, or null to proceed.
     *
     * <p>{@code etag} is a quoted entity-tag (possibly {@code W/}) or null; {@code lastModified} null when
     * unknown. {@code response}, when given, is the response the 304 stands for: it keeps
     * {@link #NOT_MODIFIED_HEADERS} and its cookies. Without one, the 304 carries {@code etag} and
     * {@code lastModified}.
     */
    public static Response evaluate(Request request, String etag, Instant lastModified, Response response) {
        List<String> ifMatch = parseEtags(joined(request, "If-Match"));
        Instant ifUnmodifiedSince = parseHttpDate(request.header("If-Unmodified-Since"));
        List<String> ifNoneMatch = parseEtags(joined(request, "If-None-Match"));
        Instant ifModifiedSince = parseHttpDate(request.header("If-Modified-Since"));
        Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        boolean safe = SAFE.contains(request.method());

        if (!ifMatch.isEmpty() && !ifMatchPasses(etag, ifMatch)) {
            return Response.empty(412);
        }
        if (ifMatch.isEmpty() && ifUnmodifiedSince != null
                && (modified == null || modified.isAfter(ifUnmodifiedSince))) {
            return Response.empty(412);
        }
        if (!ifNoneMatch.isEmpty() && !ifNoneMatchPasses(etag, ifNoneMatch)) {
            return safe ? notModified(etag, modified, response) : Response.empty(412);
        }
        if (ifNoneMatch.isEmpty() && ifModifiedSince != null && safe
                && modified != null && !modified.isAfter(ifModifiedSince)) {
            return notModified(etag, modified, response);
        }
        return null;
    }

    /**
     * Return a strong ETag for {@code content}: the first 128 bits of its SHA-256, hex, quoted. SHA-256 rather
     * than Django's MD5 because MD5 collisions can be built on purpose, and the JDK runs SHA-256 on the CPU's
     * SHA extensions where it has them.
     */
    public static String etagOf(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Return {@code etag} as an entity-tag: kept when already quoted ({@code "x"} or {@code W/"x"}), quoted
     * otherwise.
     *
     * @throws IllegalArgumentException when an unquoted value contains a double quote
     */
    public static String quoteEtag(String etag) {
        if (ETAG.matcher(etag).matches()) {
            return etag;
        }
        if (etag.indexOf('"') >= 0) {
            throw new IllegalArgumentException("ETag '" + etag + "' contains a double quote; an entity-tag "
                    + "cannot, give it unquoted or as \"value\" or W/\"value\"");
        }
        return "\"" + etag + "\"";
    }

    /**
     * Return the entity-tags of an {@code If-Match} / {@code If-None-Match} value: {@code ["*"]} for a lone
     * star, the well-formed tags otherwise (junk between commas skipped), empty for null or blank.
     */
    public static List<String> parseEtags(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        if (value.strip().equals("*")) {
            return List.of("*");
        }
        List<String> tags = new ArrayList<>();
        for (String part : value.split(",")) {
            String tag = part.strip();
            if (ETAG.matcher(tag).matches()) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /**
     * Return the instant an HTTP date names, in IMF-fixdate, RFC 850 or asctime form (RFC 9110 §5.6.7), or
     * null when {@code value} is null or not a valid date. A two-digit RFC 850 year more than 50 years ahead
     * is taken to be in the past century.
     */
    public static Instant parseHttpDate(String value) {
        if (value == null) {
            return null;
        }
        String date = value.strip();
        try {
            Matcher m = IMF_FIXDATE.matcher(date);
            if (m.matches()) {
                return instant(Integer.parseInt(m.group(3)), m.group(2), m.group(1), m, 4);
            }
            m = RFC_850.matcher(date);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(3));
                int now = ZonedDateTime.now(ZoneOffset.UTC).getYear();
                year += now - now % 100;
                if (year > now + 50) {
                    year -= 100;
                }
                return instant(year, m.group(2), m.group(1), m, 4);
            }
            m = ASCTIME.matcher(date);
            if (m.matches()) {
                return instant(Integer.parseInt(m.group(6)), m.group(1), m.group(2), m, 3);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** Return {@code instant} as an IMF-fixdate, the form HTTP headers send ({@link HttpDate}, Django's {@code http_date}). */
    public static String httpDate(Instant instant) {
        return HttpDate.format(instant);
    }

    private static Instant instant(int year, String month, String day, Matcher m, int timeGroup) {
        int monthIndex = MONTHS.indexOf(month.toLowerCase(Locale.ROOT));
        if (monthIndex < 0) {
            return null;
        }
        return LocalDateTime.of(year, monthIndex + 1, Integer.parseInt(day.strip()),
                Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)),
                Integer.parseInt(m.group(timeGroup + 2))).toInstant(ZoneOffset.UTC);
    }

    private static String joined(Request request, String name) {
        List<String> values = request.headers().getAll(name);
        return values.isEmpty() ? null : String.join(",", values);
    }

    /** Strong comparison (RFC 9110 §8.8.3.2): a weak tag on either side never matches. */
    private static boolean ifMatchPasses(String etag, List<String> tags) {
        if (etag == null) {
            return false;
        }
        if (tags.equals(List.of("*"))) {
            return true;
        }
        return !etag.startsWith("W/") && tags.contains(etag);
    }

    /** Weak comparison: {@code W/"x"} and {@code "x"} match; {@code *} matches any current representation. */
    private static boolean ifNoneMatchPasses(String etag, List<String> tags) {
        if (etag == null) {
            return true;
        }
        if (tags.equals(List.of("*"))) {
            return false;
        }
        String opaque = stripWeak(etag);
        return tags.stream().map(Preconditions::stripWeak).noneMatch(opaque::equals);
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static Response notModified(String etag, Instant lastModified, Response response) {
        Response notModified = Response.notModified();
        notModified.headers().remove("Content-Type");
        if (response != null) {
            for (String name : NOT_MODIFIED_HEADERS) {
                for (String value : response.headers().getAll(name)) {
                    notModified.addHeader(name, value);
                }
            }
            response.cookies().values().forEach(notModified::setCookie);
            for (String value : response.headers().getAll("Set-Cookie")) {
                notModified.addHeader("Set-Cookie", value);
            }
        } else {
            if (etag != null) {
                notModified.header("ETag", etag);
            }
            if (lastModified != null) {
                notModified.header("Last-Modified", httpDate(lastModified));
            }
        }
        return notModified;
    }
}
