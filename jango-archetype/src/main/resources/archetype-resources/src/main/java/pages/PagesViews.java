package ${package}.pages;

import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.template.Templates;
import dev.jango.views.Kwargs;
import java.util.Map;

/** The pages app's views: each takes the request and the URL's arguments and returns a response. */
public final class PagesViews {

    private PagesViews() {}

    /** Render the home page. */
    public static Response home(Request request, Kwargs kwargs) {
        return Templates.render(request, "pages/home.html", Map.of());
    }

    /** Greet the name in the URL ({@code /hello/ada/}); the template escapes it. */
    public static Response hello(Request request, Kwargs kwargs) {
        return Templates.render(request, "pages/hello.html", Map.of("name", kwargs.getString("name")));
    }
}
