package dev.jango.middleware;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.http.Attribute;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.test.RequestFactory;
import dev.jango.views.Kwargs;
import dev.jango.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Old-style middleware as two hooks (Django's MiddlewareMixin), and typed per-request values set by middleware. */
class MiddlewareMixinTest {

    /** The app's own per-request value. */
    record Tenant(String name) {}

    /** Owns the key; views read the value typed, without casts. */
    static final class Tenants {
        private static final Attribute<Tenant> TENANT = Attribute.named("tenant");

        static Tenant of(Request request) {
            return request.attribute(TENANT);
        }

        static void set(Request request, Tenant tenant) {
            request.setAttribute(TENANT, tenant);
        }
    }

    /** Sets the tenant from the host, answers for an unknown one, and stamps every response. */
    static final class TenantMiddleware implements MiddlewareMixin {
        final List<String> calls = new ArrayList<>();

        @Override
        public Response processRequest(Request request) {
            calls.add("request");
            String name = request.header("X-Tenant");
            if (name == null) {
                return Response.text(400, "no tenant");
            }
            Tenants.set(request, new Tenant(name));
            return null;
        }

        @Override
        public Response processResponse(Request request, Response response) {
            calls.add("response " + response.status());
            return response.header("X-Tenant-Seen", String.valueOf(Tenants.of(request)));
        }
    }

    /** Only a response hook: the request hook's default goes on to the view. */
    static final class PoweredBy implements MiddlewareMixin {
        @Override
        public Response processResponse(Request request, Response response) {
            return response.header("X-Powered-By", "Jango");
        }
    }

    private static final View HOME = (Request request, Kwargs kwargs) -> {
        Tenant tenant = Tenants.of(request); // typed: no cast
        return Response.text("hello " + tenant.name());
    };

    private static Client client(Middleware... middleware) {
        return new Client(Jango.builder(Map.of()).set(SECRET_KEY, "mm").set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(middleware).urls(path("", HOME)).build());
    }

    @Test
    void a_middleware_sets_a_typed_value_that_the_view_reads() {
        TenantMiddleware tenants = new TenantMiddleware();
        try (Client client = client(new PoweredBy(), tenants)) {
            ClientResponse response = client.request("GET", "/").header("X-Tenant", "acme").send();
            assertThat(response.text()).isEqualTo("hello acme");
            assertThat(response.header("X-Tenant-Seen")).isEqualTo("Tenant[name=acme]");
            assertThat(response.header("X-Powered-By")).isEqualTo("Jango");
        }
        assertThat(tenants.calls).containsExactly("request", "response 200");
    }

    @Test
    void process_response_runs_even_when_process_request_answered() {
        TenantMiddleware tenants = new TenantMiddleware();
        List<String> inner = new ArrayList<>();
        Middleware recorder = next -> request -> {
            inner.add("inner");
            return next.handle(request);
        };
        try (Client client = client(tenants, recorder)) {
            ClientResponse response = client.get("/");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("X-Tenant-Seen")).isEqualTo("null");
        }
        assertThat(tenants.calls).containsExactly("request", "response 400");
        assertThat(inner).as("inner layers and the view are skipped").isEmpty();
    }

    @Test
    void a_process_response_that_returns_null_is_a_500_naming_the_class() throws Exception {
        MiddlewareMixin broken = new MiddlewareMixin() {
            @Override
            public Response processResponse(Request request, Response response) {
                return null;
            }
        };
        try (Client client = client(broken)) {
            assertThat(client.get("/").status()).isEqualTo(500);
        }
        Handler handler = broken.wrap(request -> Response.text("x"));
        assertThatThrownBy(() -> handler.handle(new RequestFactory().get("/")))
                .hasMessageContaining("processResponse didn't return");
    }
}
