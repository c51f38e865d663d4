package dev.jango.management;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.management.RunserverCommand.AddrPort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RunserverCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void reads_djangos_addrport_forms() {
        assertThat(AddrPort.parse("8000")).isEqualTo(new AddrPort("127.0.0.1", 8000));
        assertThat(AddrPort.parse("0.0.0.0:8000")).isEqualTo(new AddrPort("0.0.0.0", 8000));
        assertThat(AddrPort.parse("[::1]:8000")).isEqualTo(new AddrPort("::1", 8000));
        assertThat(AddrPort.parse("0:9000")).as("Django's shorthand for all interfaces")
                .isEqualTo(new AddrPort("0.0.0.0", 9000));
        assertThat(AddrPort.parse("localhost:8001")).isEqualTo(new AddrPort("localhost", 8001));
        assertThat(AddrPort.parse("127.0.0.1:0")).as("0 picks a free port").isEqualTo(new AddrPort("127.0.0.1", 0));
        assertThat(AddrPort.parse("[::1]:8000")).hasToString("[::1]:8000");
    }

    @Test
    void refuses_addrports_that_are_not_an_address_and_a_port_saying_what_is_wrong() {
        assertThatThrownBy(() -> AddrPort.parse("abc"))
                .hasMessage("'abc' is not a valid port number or address:port pair.");
        assertThatThrownBy(() -> AddrPort.parse("127.0.0.1:")).hasMessageContaining("not a valid port number");
        assertThatThrownBy(() -> AddrPort.parse("::1:8000")).hasMessageContaining("[::1]:8000");
        assertThatThrownBy(() -> AddrPort.parse("127.0.0.1:70000")).hasMessageContaining("must be 0-65535");
        assertThatThrownBy(() -> AddrPort.parse("300.1.1.1:80")).hasMessageContaining("each part must be 0-255");
        assertThatThrownBy(() -> AddrPort.parse("-8000")).hasMessageContaining("not a valid port number");
    }

    @Test
    void a_bad_addrport_is_a_usage_error() {
        int status = manage().run("runserver", "nonsense");

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("'nonsense' is not a valid port number or address:port pair.", "Usage:");
    }

    @Test
    void serves_the_app_without_reloading_until_interrupted() throws Exception {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        Thread runner = Thread.ofPlatform().start(() -> status.complete(manage().run("runserver", "--noreload",
                "127.0.0.1:0")));
        URI uri = awaitBanner();

        assertThat(get(uri)).isEqualTo("200 hello from the app");
        assertThat(out()).contains("Starting development server at " + uri + " (jetty)",
                "Quit the server with CONTROL-C.").doesNotContain("Watching for file changes");

        runner.interrupt();
        assertThat(status.get(15, TimeUnit.SECONDS)).isZero();
        assertThatThrownBy(() -> get(uri)).as("the port is closed").isInstanceOf(ConnectException.class);
    }

    @Test
    void says_autoreload_is_off_when_no_main_class_is_known_and_serves_anyway() throws Exception {
        Thread runner = Thread.ofPlatform().start(() -> manage().run("runserver", "127.0.0.1:0"));
        try {
            URI uri = awaitBanner();

            assertThat(err()).contains("Autoreload is off: no main class is known");
            assertThat(get(uri)).isEqualTo("200 hello from the app");
        } finally {
            runner.interrupt();
            runner.join(15_000);
        }
    }

    @Test
    void a_port_in_use_fails_with_a_message_naming_the_address() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int status = manage().run("runserver", "--noreload", "127.0.0.1:" + taken.getLocalPort());

            assertThat(status).isEqualTo(1);
            assertThat(err()).contains("cannot serve on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void an_unknown_server_adapter_fails_naming_the_ones_there_are() {
        int status = manage().run("runserver", "--noreload", "--server", "tomcat", "127.0.0.1:0");

        assertThat(status).isEqualTo(1);
        assertThat(err()).contains("No Jango server adapter named 'tomcat'", "jetty");
    }

    private Manage manage() {
        return Manage.builder(RunserverCommandTest::app).env(Map.of())
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
    }

    private static Jango app() {
        return Jango.builder(Map.of()).set(DEBUG, true).set(SECRET_KEY, "runserver-test")
                .set(ALLOWED_HOSTS, List.of("127.0.0.1")).middleware(List.of()).urls(path("", (request, kwargs) -> Response.text("hello from the app")))
                .build();
    }

    private URI awaitBanner() throws InterruptedException {
        Pattern address = Pattern.compile("Starting development server at (http://\\S+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            Matcher m = address.matcher(out());
            if (out().contains("Quit the server with CONTROL-C.") && m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No banner within 15 s; out:\n" + out() + "\nerr:\n" + err());
    }

    private static String get(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(2000);
        connection.setReadTimeout(5000);
        try {
            int status = connection.getResponseCode();
            return status + " " + new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
