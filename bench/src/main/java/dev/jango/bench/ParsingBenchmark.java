package dev.jango.bench;

import dev.jango.conf.CoreSettings;
import dev.jango.conf.Settings;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import dev.jango.http.QueryDict;
import dev.jango.http.Request;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading request input: a 20-field urlencoded form, a 1 KB JSON body into a record, a query string, a browser's
 * Cookie header.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParsingBenchmark {

    /** The shape of the JSON body. */
    public record Order(int id, String customer, String email, List<Line> lines, Map<String, String> notes) {}

    /** One order line. */
    public record Line(String sku, int quantity, double price) {}

    private final Settings settings = Settings.builder(Map.of()).set(CoreSettings.DEBUG, true).build();
    private byte[] form;
    private byte[] json;
    private String query;
    private final String cookieHeader = "csrftoken=QhAq1dbC8PTMZ3n3kUvDxBdZ0GKn4J0H; sessionid=h8l5x2r0q6v0d2m7y4w3k9s1t6u8p0a2;"
            + " messages=W1siX19qc29uX21lc3NhZ2UiLDAsMjUsIldlbGNvbWUiXV0:1tG3Xy:abc; _ga=GA1.1.1234567890.1700000000;"
            + " theme=dark; lang=en-GB; \"quoted\"=\"a\\073b\"";

    @Setup
    public void setUp() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            fields.append(i == 0 ? "" : "&").append("field").append(i).append('=').append("value+").append(i)
                    .append("%20caf%C3%A9");
        }
        form = fields.toString().getBytes(StandardCharsets.UTF_8);
        query = "q=jango+web&page=3&sort=-date&tag=a&tag=b&utm_source=news%20letter";
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"sku\":\"SKU-").append(1000 + i)
                    .append("\",\"quantity\":").append(i + 1).append(",\"price\":").append(9.99 + i).append('}');
        }
        String body = "{\"id\":4711,\"customer\":\"Ada Lovelace\",\"email\":\"ada@example.com\",\"lines\":[" + lines
                + "],\"notes\":{\"gift\":\"yes\",\"delivery\":\"leave it with the neighbours at number 12, please\","
                + "\"wrapping\":\"blue paper with a silver ribbon\",\"message\":\"Happy birthday! From all of us at the "
                + "analytical engine society, with our very best wishes for the year ahead.\",\"instructions\":\"Ring twice; "
                + "if nobody answers, try the side door by the garden, then the shop on the corner, which keeps parcels "
                + "for the street until six in the evening.\"}}";
        json = body.getBytes(StandardCharsets.UTF_8);
    }

    private Request request(String contentType, byte[] body, String rawQuery) {
        return Request.from(new GatewayRequest("POST", "http", "", "/orders/", rawQuery, "HTTP/1.1",
                Headers.of("Host", "localhost", "Content-Type", contentType, "Content-Length", Integer.toString(body.length)),
                new ByteArrayInputStream(body), new InetSocketAddress("127.0.0.1", 50000),
                new InetSocketAddress("127.0.0.1", 8000)), settings);
    }

    @Benchmark
    public Order jsonBody1Kb() {
        return request("application/json", json, "").json(Order.class);
    }

    @Benchmark
    public Map<String, String> cookieHeader7Cookies() {
        return Request.from(new GatewayRequest("GET", "http", "", "/", "", "HTTP/1.1",
                Headers.of("Host", "localhost", "Cookie", cookieHeader), InputStream.nullInputStream(),
                new InetSocketAddress("127.0.0.1", 50000), new InetSocketAddress("127.0.0.1", 8000)), settings).cookies();
    }

    @Benchmark
    public QueryDict queryString() {
        return request("text/plain", new byte[0], query).query();
    }

    @Benchmark
    public QueryDict urlencodedForm20Fields() {
        return request("application/x-www-form-urlencoded", form, "").form();
    }
}
