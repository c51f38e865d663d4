package dev.jango.views;

import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.views.Kwargs;
import java.util.Map;
import java.util.Objects;

/**
 * A view wrapped by a decorator: the decorator's behaviour, with the wrapped view's metadata (plus its own), and
 * the wrapped view itself, for tools that name the view a decorator stands for ({@link Views#unwrap}).
 *
 * @param behaviour what the decorated view does (it usually calls {@code wrapped})
 * @param wrapped   the view the decorator was applied to
 * @param meta      the metadata, {@code wrapped}'s plus the decorator's
 */
record DecoratedView(View behaviour, View wrapped, Map<String, Object> meta) implements View {

    DecoratedView {
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(wrapped, "wrapped");
        meta = Map.copyOf(meta);
    }

    @Override
    public Response handle(Request request, Kwargs kwargs) throws Exception {
        return behaviour.handle(request, kwargs);
    }

    @Override
    public String toString() {
        return "DecoratedView[" + wrapped + ", " + meta + "]";
    }
}
