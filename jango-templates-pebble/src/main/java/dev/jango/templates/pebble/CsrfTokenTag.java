package dev.jango.templates.pebble;

import dev.jango.http.Html;
import dev.jango.middleware.Csrf;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.Writer;

/**
 * {@code {% csrf_token %}}: the hidden form field carrying the CSRF token, from the {@code csrf_token} variable
 * the CSRF context processor supplies; nothing when there is none.
 */
final class CsrfTokenTag implements TokenParser {

    @Override
    public String getTag() {
        return "csrf_token";
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        parser.getStream().next();
        parser.getStream().expect(Token.Type.EXECUTE_END);
        return new Node(token.getLineNumber());
    }

    private static final class Node extends AbstractRenderableNode {
        Node(int line) {
            super(line);
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws java.io.IOException {
            Object token = context.getVariable("csrf_token");
            if (token != null) {
                writer.write("<input type=\"hidden\" name=\"" + Csrf.FORM_FIELD + "\" value=\"" + Html.escape(token.toString())
                        + "\">");
            }
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }
}
