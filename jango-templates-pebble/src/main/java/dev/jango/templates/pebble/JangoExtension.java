package dev.jango.templates.pebble;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.List;
import java.util.function.UnaryOperator;

/** Django's tags for Pebble: {@code url}, {@code static}, {@code csrf_token}. */
final class JangoExtension extends AbstractExtension {

    private final UnaryOperator<String> staticUrls;

    JangoExtension(UnaryOperator<String> staticUrls) {
        this.staticUrls = staticUrls;
    }

    @Override
    public List<TokenParser> getTokenParsers() {
        return List.of(new UrlTag(), new StaticTag(staticUrls), new CsrfTokenTag());
    }
}
