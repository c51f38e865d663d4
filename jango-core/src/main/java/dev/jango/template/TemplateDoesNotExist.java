package dev.jango.template;

import java.io.Serial;

/** No template has the name asked for; the message says where the engine looked. */
public class TemplateDoesNotExist extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A missing template, explained by {@code message}. */
    public TemplateDoesNotExist(String message) {
        super(message);
    }
}
