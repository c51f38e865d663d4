package dev.jango.gateway;

import java.io.Serial;

/**
 * A broken rule of the gateway contract, found by {@link GatewayLint}.
 *
 * <p>{@link #rule()} names the rule (for example {@code response.no-body}); the message says who broke it
 * (server or application) and how.
 */
public final class GatewayLintError extends AssertionError {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String rule;

    /** A violation of {@code rule}, described by {@code detail}. */
    public GatewayLintError(String rule, String detail) {
        super("gateway rule " + rule + " broken: " + detail);
        this.rule = rule;
    }

    /** The name of the broken rule. */
    public String rule() {
        return rule;
    }
}
