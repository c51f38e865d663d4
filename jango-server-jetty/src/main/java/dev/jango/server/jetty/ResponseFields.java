package dev.jango.server.jetty;

/**
 * The check every response field passes before Jetty sees it, the rule the Netty adapter applies: a name is an
 * RFC 9110 token, and a value has no control character other than HTAB (so no CR, LF or NUL), no DEL, and no
 * leading white space. Jetty itself would turn CR and LF into spaces and send the rest; a response with a bad
 * field is a bug, so it becomes a bare 500 instead. Allocates nothing unless a field is bad.
 */
final class ResponseFields {

    /** RFC 9110 tchar: ALPHA, DIGIT and {@code !#$%&'*+-.^_`|~}. */
    private static final boolean[] TCHAR = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TCHAR[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TCHAR[c] = true;
            TCHAR[c - 'a' + 'A'] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TCHAR[c] = true;
        }
    }

    private ResponseFields() {}

    /** Throws {@link IllegalArgumentException} naming the field when {@code name: value} may not be sent. */
    static void check(String name, String value) {
        int n = name.length();
        if (n == 0) {
            throw new IllegalArgumentException("a response field has an empty name");
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 128 || !TCHAR[c]) {
                throw new IllegalArgumentException("response field name '" + name + "' is not a token");
            }
        }
        for (int i = 0, m = value.length(); i < m; i++) {
            char c = value.charAt(i);
            if ((char) (c - 0x21) >= 0x5E // outside VCHAR: SP, HTAB, obs-text and past, or refused
                    && (c == 0x7F || c < 0x20 && c != '\t' || i == 0 && (c == ' ' || c == '\t'))) {
                throw new IllegalArgumentException("response field " + name
                        + " has a control character or leading white space in its value");
            }
        }
    }
}
