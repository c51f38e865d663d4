package dev.jango.contrib.messages;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Request;
import java.util.AbstractList;
import java.util.List;

/**
 * Messages read only when a template iterates them, so pages that never show messages keep them; for
 * {@link Messages#contextProcessor()}.
 */
final class LazyMessages extends AbstractList<Message> {
    private final Request request;
    private List<Message> messages;

    LazyMessages(Request request) {
        this.request = request;
    }

    private List<Message> messages() {
        if (messages == null) {
            try {
                messages = Messages.get(request);
            } catch (ImproperlyConfigured notInstalled) {
                messages = List.of();
            }
        }
        return messages;
    }

    @Override
    public Message get(int index) {
        return messages().get(index);
    }

    @Override
    public int size() {
        return messages().size();
    }
}
