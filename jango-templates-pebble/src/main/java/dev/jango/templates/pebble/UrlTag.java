package dev.jango.templates.pebble;

import dev.jango.http.Html;
import dev.jango.http.Request;
import dev.jango.urls.Urls;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.lexer.TokenStream;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code {% url 'ns:name' arg1 arg2 %}}: the path of a named URL pattern, through {@code Urls.reverse}. As Django's
 * tag, an application namespace resolves to the current application of the template's request
 * ({@code Urls.currentApp}: the one a view set, else the instance the request was resolved under).
 */
final class UrlTag implements TokenParser {

    @Override
    public String getTag() {
        return "url";
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        TokenStream stream = parser.getStream();
        stream.next(); // the tag name
        Expression<?> name = parser.getExpressionParser().parseExpression();
        List<Expression<?>> args = new ArrayList<>();
        while (!stream.current().test(Token.Type.EXECUTE_END)) {
            args.add(parser.getExpressionParser().parseExpression());
        }
        stream.expect(Token.Type.EXECUTE_END);
        return new Node(token.getLineNumber(), name, List.copyOf(args));
    }

    private static final class Node extends AbstractRenderableNode {
        private final Expression<?> name;
        private final List<Expression<?>> args;

        Node(int line, Expression<?> name, List<Expression<?>> args) {
            super(line);
            this.name = name;
            this.args = args;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws java.io.IOException {
            Object[] values = new Object[args.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = args.get(i).evaluate(self, context);
            }
            String viewName = String.valueOf(name.evaluate(self, context));
            try {
                String url = context.getVariable("request") instanceof Request request
                        ? Urls.reverse(viewName, Arrays.asList(values), Map.of(), Urls.currentApp(request))
                        : Urls.reverse(viewName, values);
                writer.write(Html.escape(url));
            } catch (RuntimeException e) { // NoReverseMatch: say where in the template
                throw new PebbleException(e, "{% url '" + viewName + "' %}: " + e.getMessage(), getLineNumber(),
                        self.getName());
            }
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }
}
