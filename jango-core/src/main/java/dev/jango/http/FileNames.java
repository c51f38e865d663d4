package dev.jango.http;

/** Sanitising of client file names; see {@link UploadedFile#safeName}. */
final class FileNames {

    /** The most UTF-8 bytes a safe name has: the usual file-system limit for one path segment. */
    static final int MAX_BYTES = 255;

    /** An extension up to this many characters survives truncation. */
    private static final int MAX_KEPT_EXTENSION = 32;

    private FileNames() {}

    static String sanitize(String clientName) {
        String name = clientName;
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (cut >= 0) {
            name = name.substring(cut + 1);
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::printable).forEach(kept::appendCodePoint);
        int start = 0;
        while (start < kept.length() && (kept.charAt(start) == '.' || kept.charAt(start) == ' ')) {
            start++;
        }
        int end = kept.length();
        while (end > start && (kept.charAt(end - 1) == '.' || kept.charAt(end - 1) == ' ')) {
            end--;
        }
        return truncate(kept.substring(start, end));
    }

    /** Python's {@code str.isprintable}: no control, format, surrogate, private-use, unassigned or separator but space. */
    private static boolean printable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    private static String truncate(String name) {
        if (utf8Length(name, 0, name.length()) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_KEPT_EXTENSION ? name.substring(dot) : "";
        int budget = MAX_BYTES - utf8Length(extension, 0, extension.length());
        int end = 0;
        int used = 0;
        while (end < name.length() - extension.length()) {
            int cp = name.codePointAt(end);
            int bytes = utf8Length(name, end, end + Character.charCount(cp));
            if (used + bytes > budget) {
                break;
            }
            used += bytes;
            end += Character.charCount(cp);
        }
        return name.substring(0, end) + extension;
    }

    private static int utf8Length(String s, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
