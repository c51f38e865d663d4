package dev.jango.test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What {@link Client} and {@link RequestFactory} share: one method per HTTP verb, and {@link #request} for
 * anything else. Each call builds a gateway request exactly as a server would, then hands it to
 * {@link #perform}.
 *
 * @param <R> what a request becomes: a response for the client, a request for the factory
 */
public abstract sealed class RequestMaker<R> permits Client, RequestFactory {

    RequestMaker() {}

    /** Start a request of any method; finish it with {@link Call#send()}. */
    public Call<R> request(String method, String path) {
        return new Call<>(this, method, path);
    }

    /** GET {@code path}, which may carry a query string. */
    public R get(String path) {
        return request("GET", path).send();
    }

    /** GET {@code path} with {@code query} appended as a query string. */
    public R get(String path, Map<String, String> query) {
        Call<R> call = request("GET", path);
        query.forEach(call::query);
        return call.send();
    }

    /** POST {@code form} as {@code application/x-www-form-urlencoded}. */
    public R post(String path, Map<String, String> form) {
        return request("POST", path).form(form).send();
    }

    /** POST {@code body} with content type {@code contentType}. */
    public R post(String path, String body, String contentType) {
        return request("POST", path).body(body.getBytes(StandardCharsets.UTF_8), contentType).send();
    }

    /** PUT {@code body} with content type {@code contentType}. */
    public R put(String path, String body, String contentType) {
        return request("PUT", path).body(body.getBytes(StandardCharsets.UTF_8), contentType).send();
    }

    /** PATCH {@code body} with content type {@code contentType}. */
    public R patch(String path, String body, String contentType) {
        return request("PATCH", path).body(body.getBytes(StandardCharsets.UTF_8), contentType).send();
    }

    /** DELETE {@code path}. */
    public R delete(String path) {
        return request("DELETE", path).send();
    }

    /** HEAD {@code path}. */
    public R head(String path) {
        return request("HEAD", path).send();
    }

    /** OPTIONS {@code path}. */
    public R options(String path) {
        return request("OPTIONS", path).send();
    }

    /** Turn a finished call into {@code R}. */
    abstract R perform(Call<R> call);
}
