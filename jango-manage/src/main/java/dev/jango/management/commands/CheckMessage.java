package dev.jango.management.commands;

/**
 * One finding of {@code check}, like Django's {@code CheckMessage}.
 *
 * @param level how bad it is
 * @param id a stable identifier ({@code security.W004}), for people searching for it
 * @param text what is wrong
 * @param hint how to fix it, or null
 */
record CheckMessage(Level level, String id, String text, String hint) {

    /** Django's levels, least severe first; {@code check} fails at {@link #ERROR} unless told otherwise. */
    enum Level { DEBUG, INFO, WARNING, ERROR, CRITICAL }

    static CheckMessage error(String id, String text, String hint) {
        return new CheckMessage(Level.ERROR, id, text, hint);
    }

    static CheckMessage warning(String id, String text, String hint) {
        return new CheckMessage(Level.WARNING, id, text, hint);
    }

    /** {@code ?: (security.W004) text} and the hint on the next line, as Django prints it. */
    String format() {
        return "?: (" + id + ") " + text + (hint == null ? "" : System.lineSeparator() + "\tHINT: " + hint);
    }
}
