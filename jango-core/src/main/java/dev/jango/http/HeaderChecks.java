package dev.jango.http;

/** Checks header names and values before they are set, against header injection. */
public final class HeaderChecks {

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
            boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!token) {
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
