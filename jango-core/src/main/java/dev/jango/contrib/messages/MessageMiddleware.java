package dev.jango.contrib.messages;

import dev.jango.http.Response;
import dev.jango.middleware.Handler;
import dev.jango.middleware.Middleware;
import java.util.Objects;

/**
 * Keeps one-shot messages between requests ({@link Messages}), like Django's {@code MessageMiddleware}. Place it
 * after {@code SessionMiddleware}. Messages not yet shown survive redirects; shown ones are cleared when the
 * response goes out.
 */
public final class MessageMiddleware implements Middleware {

    private final MessageStorage storage;
    private final int level;

    /** Django's defaults: cookie storage overflowing into the session, minimum level INFO. */
    public MessageMiddleware() {
        this(MessageStorage.fallback(), Message.INFO);
    }

    /** Messages kept in {@code storage}; those below {@code level} are dropped (Django's {@code MESSAGE_LEVEL}). */
    public MessageMiddleware(MessageStorage storage, int level) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.level = level;
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            MessageStore store = new MessageStore(this, request);
            request.setAttribute(MessageStore.KEY, store);
            Response response = next.handle(request);
            if (store.changed()) {
                storage.save(request, response, store.remaining());
            }
            return response;
        };
    }

    MessageStorage storage() {
        return storage;
    }

    int level() {
        return level;
    }
}
