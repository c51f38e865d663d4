package dev.jango.urls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The regex-free matcher gives exactly the regex's answer on the routes it takes, and declines the others. */
class SegmentMatcherTest {

    private static SegmentMatcher compile(String route) {
        return SegmentMatcher.compile(Route.ofPath(route).parts());
    }

    @Test
    void takes_literals_and_simple_converters_separated_by_text_outside_their_class() {
        assertThat(compile("polls/<int:id>/")).isNotNull();
        assertThat(compile("users/<int:id>")).isNotNull();
        assertThat(compile("blog/<int:year>-<int:month>/<slug:slug>/")).isNotNull();
        assertThat(compile("files/<int:id>.txt")).isNotNull();
        assertThat(compile("files/<str:name>.txt")).as("str takes dots too: the regex backtracks").isNull();
    }

    @Test
    void leaves_routes_that_need_backtracking_or_other_classes_to_the_regex() {
        assertThat(compile("<slug:a>-<slug:b>/")).isNull();     // '-' is a slug character
        assertThat(compile("<int:a><int:b>/")).isNull();        // side by side
        assertThat(compile("docs/<path:rest>")).isNull();
        assertThat(compile("items/<uuid:id>/")).isNull();
        assertThat(compile("<str:a>/<str:b>")).isNotNull();      // '/' is outside str
    }

    @Test
    void converts_and_declines_like_the_converter() {
        SegmentMatcher matcher = compile("polls/<int:id>/results/");
        assertThat(matcher.match("polls/42/results/")).containsExactly(42);
        assertThat(matcher.match("polls/99999999999/results/")).as("too large for an int: declined").isNull();
        assertThat(matcher.match("polls//results/")).isNull();
        assertThat(matcher.match("polls/4a/results/")).isNull();
        assertThat(matcher.match("polls/42/results/x")).isNull();
    }

    @Test
    void agrees_with_the_routes_regex_on_random_routes_and_paths() {
        SplittableRandom random = new SplittableRandom(7);
        String[] converters = {"int", "str", "slug"};
        String literalChars = "ab/-_1.";
        String pathChars = "ab/-_19.x";
        int checked = 0;
        for (int r = 0; r < 3_000; r++) {
            StringBuilder route = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            int names = 0;
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(3) == 0) {
                    route.append('<').append(converters[random.nextInt(3)]).append(":k").append(names++).append('>');
                } else {
                    for (int c = 1 + random.nextInt(3); c > 0; c--) {
                        route.append(literalChars.charAt(random.nextInt(literalChars.length())));
                    }
                }
            }
            String text = route.toString();
            if (text.startsWith("/")) {
                continue;
            }
            Route compiled = Route.ofPath(text);
            SegmentMatcher matcher = SegmentMatcher.compile(compiled.parts());
            if (matcher == null) {
                continue;
            }
            Endpoint endpoint = new Endpoint(Route.ofPath(""), compiled, (request, kwargs) -> null, null, Map.of(),
                    List.of(), List.of());
            for (int n = 0; n < 30; n++) {
                String path = n < 10 ? example(text, random) : randomText(pathChars, random.nextInt(12), random);
                assertThat(strings(matcher.match(path))).as("route %s path %s", text, path)
                        .isEqualTo(regexAnswer(endpoint, names, path));
                checked++;
            }
        }
        assertThat(checked).as("cases compared").isGreaterThan(20_000);
    }

    /** A path likely to match {@code route}: each converter replaced by text of its class. */
    private static String example(String route, SplittableRandom random) {
        return route.replaceAll("<int:k\\d+>", String.valueOf(random.nextInt(1000)))
                .replaceAll("<str:k\\d+>", randomText("ab-_.1", 1 + random.nextInt(4), random))
                .replaceAll("<slug:k\\d+>", randomText("ab-_1", 1 + random.nextInt(4), random));
    }

    private static String randomText(String chars, int length, SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
        return text.toString();
    }

    private static List<String> regexAnswer(Endpoint endpoint, int groups, String path) {
        Matcher m = endpoint.regex.matcher(path);
        if (!m.matches()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int g = 1; g <= groups; g++) {
            values.add(m.group(g));
        }
        return values;
    }

    private static List<String> strings(Object[] values) {
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object value : values) {
            out.add(value.toString());
        }
        return out;
    }
}
