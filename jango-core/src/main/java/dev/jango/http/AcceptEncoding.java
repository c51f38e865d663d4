package dev.jango.http;

import java.util.List;
import java.util.Locale;

/** Reading {@code Accept-Encoding} with q-values (RFC 9110 12.5.3): whether a content coding is acceptable. */
public final class AcceptEncoding {

    private AcceptEncoding() {}

    /**
     * True when the {@code Accept-Encoding} fields accept {@code coding} ({@code gzip} also as {@code x-gzip}):
     * named with q above zero, or, when not named, {@code *} with q above zero. Unreadable elements are ignored.
     */
    public static boolean accepts(List<String> fields, String coding) {
        double matched = -1;
        double any = -1;
        for (String field : fields) {
            for (String element : field.split(",")) {
                String[] parts = element.split(";", -1);
                String named = parts[0].strip().toLowerCase(Locale.ROOT);
                double q = quality(parts);
                if (q < 0) {
                    continue;
                }
                if (named.equals(coding) || coding.equals("gzip") && named.equals("x-gzip")) {
                    matched = Math.max(matched, q);
                } else if (named.equals("*")) {
                    any = Math.max(any, q);
                }
            }
        }
        return matched >= 0 ? matched > 0 : any > 0;
    }

    /** The q-value among an element's parameters: 1 when absent, -1 when malformed. */
    private static double quality(String[] parts) {
        double q = 1;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("q")) {
                continue;
            }
            String value = parameter.substring(equals + 1).strip();
            if (!value.matches("[01](\\.\\d{0,3})?")) {
                return -1;
            }
            q = Double.parseDouble(value);
            if (q > 1) {
                return -1;
            }
        }
        return q;
    }

}
