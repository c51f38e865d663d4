package dev.jango.management.commands;

import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import dev.jango.urls.RouteInfo;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code routes}: every URL pattern in resolution order (first match wins), include prefixes folded in, with its
 * namespaced name, view (its {@code Views.named} name, else the class of the view under its decorators) and
 * methods ({@code -} when the view does not say, {@code (none)} when its decorators let none through);
 * {@code --json} for tools.
 */
@CommandLine.Command(name = "routes", description = "List the URL patterns in resolution order: pattern, name, view and methods.")
final class RoutesCommand implements Command {

    private static final List<String> HEADINGS = List.of("PATTERN", "NAME", "VIEW", "METHODS");

    @CommandLine.Option(names = "--json", description = "Print a JSON array of {pattern, name, view, methods (null when not known), decorators}.")
    boolean json;

    @Override
    public int run(CommandContext context) {
        List<RouteInfo> routes = context.app().urls().routes();
        PrintStream out = context.out();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RouteInfo route : routes) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("pattern", "/" + route.route());
                row.put("name", route.viewName());
                row.put("view", ViewDescriptions.describe(route.view()));
                row.put("methods", ViewDescriptions.methods(route.view()));
                row.put("decorators", ViewDescriptions.decorations(route.view()));
                rows.add(row);
            }
            // Jackson's plain mapper, not Jango's: a terminal wants <int:id> as it is, not escaped for HTML.
            out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
            return 0;
        }
        if (routes.isEmpty()) {
            out.println("The app has no URL patterns.");
            return 0;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(HEADINGS);
        for (RouteInfo route : routes) {
            List<String> decorations = ViewDescriptions.decorations(route.view());
            String view = ViewDescriptions.describe(route.view())
                    + (decorations.isEmpty() ? "" : " [" + String.join(", ", decorations) + "]");
            List<String> methods = ViewDescriptions.methods(route.view());
            table.add(List.of("/" + route.route(), route.viewName() == null ? "-" : route.viewName(), view,
                    methods == null ? "-" : methods.isEmpty() ? "(none)" : String.join(",", methods)));
        }
        print(out, table);
        return 0;
    }

    /** Columns padded to their widest cell; the last column is not padded. */
    private static void print(PrintStream out, List<List<String>> table) {
        int columns = HEADINGS.size();
        int[] widths = new int[columns];
        for (List<String> row : table) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                line.append(cell);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - cell.length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
