package dev.jango.core.signing;

import java.math.BigDecimal;
import java.time.Duration;

/** A correctly signed value whose timestamp is older than the maximum age the caller accepts. */
public final class SignatureExpired extends BadSignature {

    private static final long serialVersionUID = 1L;

    private final Duration age;
    private final Duration maxAge;

    /** Make the exception for a value signed {@code age} ago, when at most {@code maxAge} was accepted. */
    public SignatureExpired(Duration age, Duration maxAge) {
        super("Signature age " + seconds(age) + " > " + seconds(maxAge) + " seconds");
        this.age = age;
        this.maxAge = maxAge;
    }

    /** How long ago the value was signed. */
    public Duration age() {
        return age;
    }

    /** The largest age that would have been accepted. */
    public Duration maxAge() {
        return maxAge;
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9))
                .stripTrailingZeros().toPlainString();
    }
}
