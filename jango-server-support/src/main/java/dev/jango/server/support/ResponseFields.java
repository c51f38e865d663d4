package dev.jango.server.support;

/**
 * The check every response field passes before an adapter writes it: a name is an RFC 9110 token, and a value has
 * no control character other than HTAB (so no CR, LF or NUL), no DEL, and no leading white space. A response with a
 * bad field is the application's bug, so adapters answer it with a bare 500 instead of sending it (Jetty would turn
 * CR and LF into spaces; Netty's encoder would refuse it mid-write). Allocates nothing unless a field is bad.
 */
public final class ResponseFields {

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
    public static void check(String name, String value) {
        checkName(name);
        for (int i = 0, m = value.length(); i < m; i++) {
            if (refused(value.charAt(i), i == 0)) {
                throw badValue(name);
            }
        }
    }

    /** Throws {@link IllegalArgumentException} when {@code name} is not a token. */
    public static void checkName(String name) {
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
    }

    /**
     * True when {@code c} may not stand in a field value ({@code first}: at its start), for adapters that check a
     * value while copying it: a control character other than HTAB, DEL, or leading white space.
     */
    public static boolean refused(char c, boolean first) {
        return (char) (c - 0x21) >= 0x5E // outside VCHAR: SP, HTAB, obs-text and past, or refused
                && (c == 0x7F || c < 0x20 && c != '\t' || first && (c == ' ' || c == '\t'));
    }

    /** The failure for a value that {@link #refused} a character of. */
    public static IllegalArgumentException badValue(String name) {
        return new IllegalArgumentException("response field " + name
                + " has a control character or leading white space in its value");
    }
}
