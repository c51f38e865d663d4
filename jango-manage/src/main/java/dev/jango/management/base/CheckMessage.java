package dev.jango.management.base;

import java.util.Objects;

/**
 * One finding of {@code check}, like Django's {@code CheckMessage}.
 *
 * @param level how bad it is
 * @param id a stable identifier ({@code security.W004}), for people searching for it
 * @param text what is wrong
 * @param hint how to fix it, or null
 */
public record CheckMessage(Level level, String id, String text, String hint) {

    /** Django's levels, least severe first; {@code check} fails at {@link #ERROR} unless told otherwise. */
    public enum Level { DEBUG, INFO, WARNING, ERROR, CRITICAL }

    /** Check the parts. */
    public CheckMessage {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A problem that fails {@code check}. */
    public static CheckMessage error(String id, String text, String hint) {
        return new CheckMessage(Level.ERROR, id, text, hint);
    }

    /** A problem {@code check} reports without failing (unless {@code --fail-level WARNING}). */
    public static CheckMessage warning(String id, String text, String hint) {
        return new CheckMessage(Level.WARNING, id, text, hint);
    }

    /** Something worth knowing that is not a problem. */
    public static CheckMessage info(String id, String text, String hint) {
        return new CheckMessage(Level.INFO, id, text, hint);
    }

    /** {@code ?: (security.W004) text} and the hint on the next line, as Django prints it. */
    public String format() {
        return "?: (" + id + ") " + text + (hint == null ? "" : System.lineSeparator() + "\tHINT: " + hint);
    }
}
