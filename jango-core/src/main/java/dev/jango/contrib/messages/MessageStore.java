package dev.jango.contrib.messages;

import dev.jango.http.Attribute;
import dev.jango.http.Request;
import java.util.ArrayList;
import java.util.List;

/** One request's messages: those stored earlier (loaded on first use) and those added now. */
final class MessageStore {

    /** The messages of a request, set by {@link MessageMiddleware}. */
    static final Attribute<MessageStore> KEY = Attribute.named("messages");

    private final MessageMiddleware config;
    private final Request request;
    private List<Message> loaded;
    private final List<Message> queued = new ArrayList<>();
    private boolean used;
    private boolean added;

    MessageStore(MessageMiddleware config, Request request) {
        this.config = config;
        this.request = request;
    }

    void add(Message message) {
        if (message.level() >= config.level()) {
            queued.add(message);
            added = true;
        }
    }

    /** Everything waiting, marked shown; messages added after this wait for the next page. */
    List<Message> consume() {
        List<Message> all = new ArrayList<>(loaded());
        all.addAll(queued);
        loaded = List.of();
        queued.clear();
        used = true;
        return List.copyOf(all);
    }

    /** Whether the stored messages must be rewritten, and with what. */
    boolean changed() {
        return used || added;
    }

    List<Message> remaining() {
        List<Message> all = new ArrayList<>(loaded());
        all.addAll(queued);
        return all;
    }

    private List<Message> loaded() {
        if (loaded == null) {
            loaded = config.storage().load(request);
        }
        return loaded;
    }
}
