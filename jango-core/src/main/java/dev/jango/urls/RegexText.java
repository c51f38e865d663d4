package dev.jango.urls;

/** Reads the text of a {@code rePath} regular expression: what start-up needs to know about it without running it. */
final class RegexText {

    private static final String META = ".[](){}*+?|^$\\";
    private static final String QUANTIFIERS = "?*+{";

    private RegexText() {}

    /** True when {@code regex} has a {@code |} outside every group and character class. */
    static boolean hasTopLevelAlternation(String regex) {
        int depth = 0;
        int classDepth = 0; // Java nests classes: [a-z&&[^aeiou]]
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classDepth++;
                int next = i + 1 < regex.length() && regex.charAt(i + 1) == '^' ? i + 2 : i + 1;
                if (next < regex.length() && regex.charAt(next) == ']') {
                    i = next; // "[]a]", "[^]a]": a leading ] is a member
                }
            } else if (classDepth > 0) {
                if (c == ']') {
                    classDepth--;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code regex} ends with a {@code $} that is an anchor, not an escaped dollar sign. */
    static boolean endsWithUnescapedDollar(String regex) {
        if (!regex.endsWith("$")) {
            return false;
        }
        int backslashes = 0;
        for (int i = regex.length() - 2; i >= 0 && regex.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    /**
     * The literal text every match of {@code regex} starts with, read up to its first metacharacter: {@code polls/}
     * for {@code polls/(?<id>[0-9]+)/}. A character made optional or repeatable by the quantifier after it is left
     * out; with a top-level alternation there is none.
     */
    static String literalLead(String regex) {
        if (hasTopLevelAlternation(regex)) {
            return "";
        }
        StringBuilder lead = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            int width = 1;
            if (c == '\\') {
                if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
                    break; // \d, \w, \1, \Q...: not one literal character
                }
                c = regex.charAt(i + 1);
                width = 2;
            } else if (META.indexOf(c) >= 0 || Character.isSurrogate(c)) {
                break;
            }
            if (i + width < regex.length() && QUANTIFIERS.indexOf(regex.charAt(i + width)) >= 0) {
                break;
            }
            lead.append(c);
            i += width;
        }
        return lead.toString();
    }
}
