package com.example.hello;

import dev.jango.middleware.Handler;
import dev.jango.middleware.Middleware;
import java.util.concurrent.atomic.AtomicLong;

/** Numbers every response with an {@code X-Request-Id} header: a middleware in its smallest form. */
final class RequestIdMiddleware implements Middleware {

    private final AtomicLong counter = new AtomicLong();

    @Override
    public Handler wrap(Handler next) {
        return request -> next.handle(request).header("X-Request-Id", Long.toString(counter.incrementAndGet()));
    }
}
