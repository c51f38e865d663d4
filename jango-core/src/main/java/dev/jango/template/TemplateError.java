package dev.jango.template;

import java.io.Serial;
import java.util.List;

/**
 * A template failed to compile or render: says which template, at which line, and why. Engines turn their own
 * errors into this, so the debug page can show the template source around the line.
 */
public class TemplateError extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final int line;
    private final transient List<String> source;

    /**
     * @param templateName the template the error is in
     * @param line         its line number (1-based), or 0 when unknown
     * @param source       the template's lines, or an empty list when unavailable
     */
    public TemplateError(String message, String templateName, int line, List<String> source, Throwable cause) {
        super(message, cause);
        this.templateName = templateName;
        this.line = line;
        this.source = List.copyOf(source);
    }

    /** The template the error is in. */
    public String templateName() {
        return templateName;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The template's source lines, for showing context; may be empty. */
    public List<String> source() {
        return source;
    }
}
