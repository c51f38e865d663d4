package dev.jango.http;

/** Checks header names and values before they are set, against header injection. */
public final class HeaderChecks {

    /** RFC 9110 tchar, by ASCII code: looked up once per character of every header name sent. */
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            TOKEN[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        }
    }

    private HeaderChecks() {}

    /**
     * Refuse a header name that is not an RFC 9110 token, or a value that contains CR, LF or NUL.
     *
     * @throws IllegalArgumentException naming the header and the problem
     */
    public static void check(String name, String value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("Header name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128 || !TOKEN[c]) {
                throw new IllegalArgumentException("Header name '" + name + "' is not a valid HTTP token");
            }
        }
        if (value == null) {
            throw new IllegalArgumentException("Header " + name + " must not be null");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                throw new IllegalArgumentException("Header " + name
                        + " has a value containing a newline or NUL, which would allow header injection");
            }
        }
    }
}
