package dev.jango.gateway;

/**
 * The standard reason phrase of each status code: the one table the framework and every server adapter use, so a
 * status line reads the same whichever server sends it.
 *
 * <p>The phrases are those of Python's {@code http.HTTPStatus} (3.13 and later, which Django's {@code reason_phrase}
 * reads): RFC 9110's names ({@code 413 Content Too Large}, {@code 422 Unprocessable Content}) plus the WebDAV,
 * RFC 6585, 7725, 8297 and 8470 codes and {@code 418 I'm a Teapot}. Any other code is {@code Unknown Status Code},
 * as in Django. Also the check of a phrase an application chooses ({@link #check}).
 */
public final class ReasonPhrases {

    /** The phrase of a code the table does not know, as Django says it. */
    public static final String UNKNOWN = "Unknown Status Code";

    private static final String[] PHRASES = new String[600];

    static {
        String[] table = {
            "100", "Continue", "101", "Switching Protocols", "102", "Processing", "103", "Early Hints",
            "200", "OK", "201", "Created", "202", "Accepted", "203", "Non-Authoritative Information",
            "204", "No Content", "205", "Reset Content", "206", "Partial Content", "207", "Multi-Status",
            "208", "Already Reported", "226", "IM Used",
            "300", "Multiple Choices", "301", "Moved Permanently", "302", "Found", "303", "See Other",
            "304", "Not Modified", "305", "Use Proxy", "307", "Temporary Redirect", "308", "Permanent Redirect",
            "400", "Bad Request", "401", "Unauthorized", "402", "Payment Required", "403", "Forbidden",
            "404", "Not Found", "405", "Method Not Allowed", "406", "Not Acceptable",
            "407", "Proxy Authentication Required", "408", "Request Timeout", "409", "Conflict", "410", "Gone",
            "411", "Length Required", "412", "Precondition Failed", "413", "Content Too Large",
            "414", "URI Too Long", "415", "Unsupported Media Type", "416", "Range Not Satisfiable",
            "417", "Expectation Failed", "418", "I'm a Teapot", "421", "Misdirected Request",
            "422", "Unprocessable Content", "423", "Locked", "424", "Failed Dependency", "425", "Too Early",
            "426", "Upgrade Required", "428", "Precondition Required", "429", "Too Many Requests",
            "431", "Request Header Fields Too Large", "451", "Unavailable For Legal Reasons",
            "500", "Internal Server Error", "501", "Not Implemented", "502", "Bad Gateway",
            "503", "Service Unavailable", "504", "Gateway Timeout", "505", "HTTP Version Not Supported",
            "506", "Variant Also Negotiates", "507", "Insufficient Storage", "508", "Loop Detected",
            "510", "Not Extended", "511", "Network Authentication Required",
        };
        for (int i = 0; i < table.length; i += 2) {
            PHRASES[Integer.parseInt(table[i])] = table[i + 1];
        }
    }

    private ReasonPhrases() {}

    /**
     * The standard phrase of {@code status}, for example {@code Not Found}; {@link #UNKNOWN} for a code the table
     * does not know (any int is accepted). The same instance every time, so a caller may compare by identity.
     */
    public static String of(int status) {
        String phrase = status >= 0 && status < PHRASES.length ? PHRASES[status] : null;
        return phrase == null ? UNKNOWN : phrase;
    }

    /**
     * Return {@code phrase} if it may stand in a status line: horizontal tabs, spaces and visible ASCII only
     * (RFC 9112 4 less obs-text), possibly empty.
     *
     * @throws IllegalArgumentException naming the first character that may not, such as CR or LF (which would split
     *     the response), another control character, or a character past ASCII
     * @throws NullPointerException when {@code phrase} is null
     */
    public static String check(String phrase) {
        for (int i = 0, n = phrase.length(); i < n; i++) {
            char c = phrase.charAt(i);
            if (!(c == '\t' || c >= ' ' && c < 0x7F)) {
                throw new IllegalArgumentException("A reason phrase may hold tabs, spaces and visible ASCII only; '"
                        + phrase.replaceAll("[^\\x20-\\x7e]", "?") + "' has U+" + String.format("%04X", (int) c)
                        + " at index " + i);
            }
        }
        return phrase;
    }
}
