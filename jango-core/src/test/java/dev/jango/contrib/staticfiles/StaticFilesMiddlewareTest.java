package dev.jango.contrib.staticfiles;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.conf.Settings;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.http.TestGateway;
import dev.jango.middleware.Handler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFilesMiddlewareTest {

    @TempDir
    Path dir;

    @Test
    void files_gives_the_static_files_it_serves_so_tools_can_find_them_in_the_middleware_list() throws Exception {
        Files.writeString(dir.resolve("app.js"), "console.log('hi');");
        StaticFiles statics = StaticFiles.builder().directory(dir).build();
        StaticFilesMiddleware middleware = new StaticFilesMiddleware(statics);

        assertThat(middleware.files()).isSameAs(statics);
        Handler handler = middleware.wrap(request -> Response.text("not static"));
        Settings settings = Settings.builder(Map.of()).set(DEBUG, true).build();
        Response served = handler.handle(Request.from(TestGateway.request("GET", middleware.files().url("app.js"),
                new byte[0]), settings));
        assertThat(served.status()).isEqualTo(200);
    }
}
