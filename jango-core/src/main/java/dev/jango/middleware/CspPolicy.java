package dev.jango.middleware;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Content Security Policy: ordered directives, each with its sources, like Django's {@code SECURE_CSP}.
 *
 * <pre>{@code
 * CspPolicy.builder().directive("default-src", CspPolicy.SELF)
 *         .directive("script-src", CspPolicy.SELF, CspPolicy.NONCE)
 *         .directive("upgrade-insecure-requests").build()
 * }</pre>
 */
public record CspPolicy(Map<String, List<String>> directives) {

    /** {@code 'self'}. */
    public static final String SELF = "'self'";
    /** {@code 'none'}. */
    public static final String NONE = "'none'";
    /** {@code 'unsafe-inline'}. */
    public static final String UNSAFE_INLINE = "'unsafe-inline'";
    /** Replaced by {@code 'nonce-<this request's nonce>'} when a page used the nonce, dropped otherwise. */
    public static final String NONCE = "<CSP_NONCE>";
    /** An empty policy: on a view, it turns the header off. */
    public static final CspPolicy EMPTY = new CspPolicy(Map.of());

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    /** Copy and check the directives. */
    public CspPolicy {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        directives.forEach((name, sources) -> {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a CSP directive name (lower-case letters, "
                        + "digits and '-', like script-src)");
            }
            for (String source : sources) {
                if (source.isEmpty() || source.chars().anyMatch(c -> c == ';' || c == ',' || c < 0x21 || c > 0x7e)) {
                    throw new IllegalArgumentException("CSP source '" + source + "' in " + name
                            + " must be one printable token without ';' or ','");
                }
            }
            copy.put(name, List.copyOf(sources));
        });
        directives = Collections.unmodifiableMap(copy);
    }

    /** A builder for a policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** The header value, with the nonce placeholder replaced by {@code nonce}, or dropped when it is null. */
    String render(String nonce) {
        StringBuilder out = new StringBuilder(128);
        directives.forEach((name, sources) -> {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(name);
            for (String source : sources) {
                if (source.equals(NONCE)) {
                    if (nonce != null) {
                        out.append(" 'nonce-").append(nonce).append('\'');
                    }
                } else {
                    out.append(' ').append(source);
                }
            }
        });
        return out.toString();
    }

    /** Builds a {@link CspPolicy}. */
    public static final class Builder {
        private final Map<String, List<String>> directives = new LinkedHashMap<>();

        private Builder() {}

        /** Add {@code name} with {@code sources} (none for value-less directives like {@code upgrade-insecure-requests}). */
        public Builder directive(String name, String... sources) {
            directives.computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new ArrayList<>())
                    .addAll(List.of(sources));
            return this;
        }

        /** The policy. */
        public CspPolicy build() {
            return new CspPolicy(directives);
        }
    }
}
