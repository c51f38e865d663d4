package dev.jango.contrib.messages;

import java.util.Map;
import java.util.Objects;

/**
 * A one-shot message for the user ("Your vote was counted."), with a level and extra CSS tags, like Django's
 * {@code django.contrib.messages} messages. Shown once, on the next page that lists messages.
 *
 * @param level     {@link #DEBUG}, {@link #INFO}, {@link #SUCCESS}, {@link #WARNING}, {@link #ERROR} or your own
 * @param text      the message, escaped by templates like any other text
 * @param extraTags further space-separated CSS classes, or ""
 */
public record Message(int level, String text, String extraTags) {

    /** Development details, hidden by default (below the minimum level). */
    public static final int DEBUG = 10;
    /** Information. */
    public static final int INFO = 20;
    /** An action succeeded. */
    public static final int SUCCESS = 25;
    /** Something may need attention. */
    public static final int WARNING = 30;
    /** An action failed. */
    public static final int ERROR = 40;

    /** The levels by name, as templates see them ({@code DEFAULT_MESSAGE_LEVELS.SUCCESS}). */
    public static final Map<String, Integer> LEVELS = Map.of("DEBUG", DEBUG, "INFO", INFO, "SUCCESS", SUCCESS,
            "WARNING", WARNING, "ERROR", ERROR);

    /** Check the fields. */
    public Message {
        Objects.requireNonNull(text, "text");
        extraTags = extraTags == null ? "" : extraTags;
    }

    /** The level's name in lower case ({@code "success"}), or "" for a custom level. */
    public String levelTag() {
        return switch (level) {
            case DEBUG -> "debug";
            case INFO -> "info";
            case SUCCESS -> "success";
            case WARNING -> "warning";
            case ERROR -> "error";
            default -> "";
        };
    }

    /** The CSS classes for this message: the extra tags, then the level tag. */
    public String tags() {
        return (extraTags + " " + levelTag()).strip();
    }

    @Override
    public String toString() {
        return text;
    }
}
