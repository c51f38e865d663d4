package dev.jango.templates.pebble;

import dev.jango.http.Html;
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
import java.util.function.UnaryOperator;

/** {@code {% static 'css/site.css' %}}: the URL of a static file, content-hashed when a manifest is in use. */
final class StaticTag implements TokenParser {

    private final UnaryOperator<String> urls;

    StaticTag(UnaryOperator<String> urls) {
        this.urls = urls;
    }

    @Override
    public String getTag() {
        return "static";
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        TokenStream stream = parser.getStream();
        stream.next();
        Expression<?> path = parser.getExpressionParser().parseExpression();
        stream.expect(Token.Type.EXECUTE_END);
        return new Node(token.getLineNumber(), path, urls);
    }

    private static final class Node extends AbstractRenderableNode {
        private final Expression<?> path;
        private final UnaryOperator<String> urls;

        Node(int line, Expression<?> path, UnaryOperator<String> urls) {
            super(line);
            this.path = path;
            this.urls = urls;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws java.io.IOException {
            writer.write(Html.escape(urls.apply(String.valueOf(path.evaluate(self, context)))));
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }
}
