package dev.jango.views;

import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.urls.Kwargs;
import java.util.Map;

/** A view wrapped by a decorator: the decorator's behaviour, with the wrapped view's metadata (plus its own). */
record DecoratedView(View behaviour, Map<String, Object> meta) implements View {

    @Override
    public Response handle(Request request, Kwargs kwargs) throws Exception {
        return behaviour.handle(request, kwargs);
    }

    @Override
    public String toString() {
        return "DecoratedView" + meta;
    }
}
