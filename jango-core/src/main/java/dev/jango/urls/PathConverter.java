package dev.jango.urls;

/**
 * Turns one {@code <kind:name>} part of a route into a Java value and back.
 *
 * <p>{@link #regex()} says which text the part may match (no capturing groups). {@link #toJava} may still
 * refuse matched text by throwing {@link IllegalArgumentException}: that means "no match here", and
 * resolution goes on with the next pattern. {@link #toUrl} is used by {@code reverse()}.
 */
public interface PathConverter<T> {

    /** The regular expression the text must match, without capturing groups. */
    String regex();

    /** Convert matched text to the value the view receives; throw IllegalArgumentException to decline. */
    T toJava(String text);

    /** Convert a value back to URL text. */
    String toUrl(T value);
}
