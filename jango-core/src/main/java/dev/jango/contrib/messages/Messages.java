package dev.jango.contrib.messages;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Request;
import dev.jango.template.ContextProcessor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adding and reading one-shot messages, like Django's {@code messages.success(request, ...)}.
 *
 * <pre>{@code
 * Messages.success(request, "Your vote was counted.");
 * return Redirect.to(Urls.reverse("polls:results", id));
 * }</pre>
 *
 * <p>Messages below the middleware's minimum level (default {@link Message#INFO}) are dropped. Reading them
 * with {@link #get} marks them shown: they are gone after this response. Needs {@link MessageMiddleware}.
 */
public final class Messages {

    private Messages() {}

    /** Queue {@code text} at {@code level}, with extra CSS tags. */
    public static void add(Request request, int level, String text, String extraTags) {
        store(request).add(new Message(level, text, extraTags));
    }

    /** Queue {@code text} at {@code level}. */
    public static void add(Request request, int level, String text) {
        add(request, level, text, "");
    }

    /** Queue a debug message (dropped unless the minimum level is lowered). */
    public static void debug(Request request, String text) {
        add(request, Message.DEBUG, text);
    }

    /** Queue an information message. */
    public static void info(Request request, String text) {
        add(request, Message.INFO, text);
    }

    /** Queue a success message. */
    public static void success(Request request, String text) {
        add(request, Message.SUCCESS, text);
    }

    /** Queue a warning. */
    public static void warning(Request request, String text) {
        add(request, Message.WARNING, text);
    }

    /** Queue an error message. */
    public static void error(Request request, String text) {
        add(request, Message.ERROR, text);
    }

    /** The messages waiting for this user, oldest first; they count as shown once this is called. */
    public static List<Message> get(Request request) {
        return store(request).consume();
    }

    /**
     * The {@code messages} context processor, like Django's
     * {@code django.contrib.messages.context_processors.messages}: the user's one-shot messages (reading them in a
     * template marks them shown), and {@code DEFAULT_MESSAGE_LEVELS}; no messages when {@link MessageMiddleware} is
     * not installed.
     */
    public static ContextProcessor contextProcessor() {
        return request -> {
            Map<String, Object> context = new HashMap<>(2);
            context.put("messages", new LazyMessages(request));
            context.put("DEFAULT_MESSAGE_LEVELS", Message.LEVELS);
            return context;
        };
    }

    static MessageStore store(Request request) {
        MessageStore store = request.attribute(MessageStore.KEY);
        if (store == null) {
            throw new ImproperlyConfigured("Messages need MessageMiddleware: add new MessageMiddleware() to the "
                    + "application's middleware, after SessionMiddleware");
        }
        return store;
    }
}
