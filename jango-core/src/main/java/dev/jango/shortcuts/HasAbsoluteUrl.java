package dev.jango.shortcuts;

/**
 * An object with a canonical URL of its own, like a Django model with {@code get_absolute_url()}:
 * {@link Shortcuts#redirect(Object, Object...)} redirects to it.
 *
 * <pre>{@code
 * record Question(int id, String text) implements HasAbsoluteUrl {
 *     public String absoluteUrl() {
 *         return Urls.reverse("polls:detail", id);
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface HasAbsoluteUrl {

    /** The path (or absolute URL) where this object is shown, such as {@code /polls/3/}. */
    String absoluteUrl();
}
