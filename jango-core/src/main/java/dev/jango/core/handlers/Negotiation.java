package dev.jango.core.handlers;

import java.util.Locale;

/** Chooses between HTML and JSON error bodies from the request's {@code Accept} header. */
final class Negotiation {

    private Negotiation() {}

    /**
     * True when {@code accept} ranks a JSON type ({@code application/json}, {@code application/problem+json},
     * {@code application/*+json}) above {@code text/html}; on a tie, or without the header, HTML wins.
     */
    static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double json = -1;
        double html = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].strip();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals("application/json") || type.equals("application/problem+json")
                    || (type.startsWith("application/") && type.endsWith("+json"))) {
                json = Math.max(json, q);
            } else if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = Math.max(html, q);
            } else if (type.equals("*/*") || type.equals("text/*")) {
                html = Math.max(html, q * 0.999); // a wildcard counts, just below an explicit type
                if (type.equals("*/*")) {
                    json = Math.max(json, q * 0.998);
                }
            }
        }
        return json > 0 && json > html;
    }
}
