package dev.jango.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.Middleware;
import org.junit.jupiter.api.Test;

class RequestFactoryTest {

    private final RequestFactory rf = new RequestFactory();

    @Test
    void a_middleware_is_unit_tested_by_wrapping_a_lambda() throws Exception {
        Middleware poweredBy = next -> request -> next.handle(request).header("X-Powered-By", "Jango");
        Response response = poweredBy.wrap(request -> Response.text("hi " + request.query().get("name")))
                .handle(rf.get("/?name=ada"));
        assertThat(response.text()).isEqualTo("hi ada");
        assertThat(response.header("X-Powered-By")).isEqualTo("Jango");
    }

    @Test
    void builds_requests_as_a_server_would() {
        Request request = rf.request("POST", "/caf%C3%A9/?x=1").header("X-A", "b").json("{}").send();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/café/");
        assertThat(request.query().get("x")).isEqualTo("1");
        assertThat(request.header("x-a")).isEqualTo("b");
        assertThat(request.header("Host")).isEqualTo("testserver");
        assertThat(request.header("Content-Length")).isEqualTo("2");
        assertThat(request.bodyText()).isEqualTo("{}");
        assertThat(request.isSecure()).isFalse();
        assertThat(rf.secure(true).get("/").isSecure()).isTrue();
    }
}
