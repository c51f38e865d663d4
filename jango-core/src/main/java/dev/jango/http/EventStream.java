package dev.jango.http;

import dev.jango.gateway.Body;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Server-Sent Events response ({@code text/event-stream}): the producer sends events for as long as it
 * likes, on the request's own virtual thread, and may block between them.
 *
 * <p>While the producer is quiet, a comment line goes out every {@code heartbeat} so proxies keep the
 * connection open and a client that left is noticed. When the client goes away, {@link Emitter#send} throws
 * {@link IOException} and {@link Emitter#isOpen()} turns false: the producer should stop and return.
 *
 * <pre>{@code
 * return new EventStream(emitter -> {
 *     for (Tick tick : ticks) {
 *         emitter.send(EventStream.event(tick.json()).id(tick.id()).name("tick"));
 *     }
 * });
 * }</pre>
 */
public class EventStream extends Response {

    /** Writes the events; runs once, while the response is sent. */
    @FunctionalInterface
    public interface Producer {
        /** Send events through {@code emitter}; return to end the stream. */
        void produce(Emitter emitter) throws IOException, InterruptedException;
    }

    /** One event: data (may span lines), with optional name, id and retry. */
    public record Event(String data, String name, String id, Duration retry) {
        /** The same event with {@code name} (the {@code event:} field). */
        public Event name(String eventName) {
            return new Event(data, eventName, id, retry);
        }

        /** The same event with {@code id}. */
        public Event id(String eventId) {
            return new Event(data, name, eventId, retry);
        }

        /** The same event with a reconnection delay. */
        public Event retry(Duration delay) {
            return new Event(data, name, id, delay);
        }

        byte[] encode() {
            StringBuilder text = new StringBuilder();
            if (id != null) {
                text.append("id: ").append(singleLine("id", id)).append('\n');
            }
            if (name != null) {
                text.append("event: ").append(singleLine("event", name)).append('\n');
            }
            if (retry != null) {
                text.append("retry: ").append(retry.toMillis()).append('\n');
            }
            for (String line : data.split("\r\n|\r|\n", -1)) {
                text.append("data: ").append(line).append('\n');
            }
            return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        }

        private static String singleLine(String field, String value) {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("The " + field + " of a server-sent event must be one line");
            }
            return value;
        }
    }

    /** Sends events; safe to use from the producer while heartbeats go out from another thread. */
    public static final class Emitter {
        private final OutputStream out;
        private final ReentrantLock lock = new ReentrantLock();
        private volatile boolean open = true;

        Emitter(OutputStream out) {
            this.out = out;
        }

        /** Send {@code event} and flush it to the client. */
        public void send(Event event) throws IOException {
            write(event.encode());
        }

        /** Send an event with only data. */
        public void send(String data) throws IOException {
            send(event(data));
        }

        /** True until a write fails because the client went away. */
        public boolean isOpen() {
            return open;
        }

        /** Stop all writes; waits for a write in progress, so nothing is written after this returns. */
        void close() {
            lock.lock();
            try {
                open = false;
            } finally {
                lock.unlock();
            }
        }

        void comment(String text) throws IOException {
            write((": " + text + "\n\n").getBytes(StandardCharsets.UTF_8));
        }

        private void write(byte[] bytes) throws IOException {
            lock.lock();
            try {
                if (!open) {
                    throw new IOException("The client has gone away");
                }
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                open = false;
                throw e;
            } finally {
                lock.unlock();
            }
        }
    }

    private final Producer producer;
    private final Duration heartbeat;

    /** An event stream with a heartbeat every 15 seconds. */
    public EventStream(Producer producer) {
        this(producer, Duration.ofSeconds(15));
    }

    /** An event stream with a heartbeat comment every {@code heartbeat} while the producer is quiet. */
    public EventStream(Producer producer, Duration heartbeat) {
        super(200, new byte[0], "text/event-stream; charset=utf-8");
        this.producer = Objects.requireNonNull(producer, "producer");
        this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
        header("Cache-Control", "no-cache");
        header("X-Accel-Buffering", "no");
    }

    /** An event carrying {@code data}. */
    public static Event event(String data) {
        return new Event(Objects.requireNonNull(data, "data"), null, null, null);
    }

    @Override
    public boolean isStreaming() {
        return true;
    }

    /**
     * Not available: events are produced while the response is sent.
     *
     * @throws IllegalStateException always
     */
    @Override
    public byte[] content() {
        throw new IllegalStateException("An EventStream has no content to read; check isStreaming() first");
    }

    @Override
    public Body body() {
        return Body.stream(out -> {
            Emitter emitter = new Emitter(out);
            emitter.comment("stream open"); // commits the headers at once
            Thread beat = Thread.ofVirtual().name("sse-heartbeat").start(() -> {
                try {
                    while (emitter.isOpen()) {
                        Thread.sleep(heartbeat);
                        emitter.comment("heartbeat");
                    }
                } catch (InterruptedException | IOException stopped) {
                    // the stream ended or the client left
                }
            });
            try {
                producer.produce(emitter);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("The event producer was interrupted", e);
            } finally {
                emitter.close();
                beat.interrupt();
            }
        });
    }
}
