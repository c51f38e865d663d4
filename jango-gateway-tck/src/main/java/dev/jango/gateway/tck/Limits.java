package dev.jango.gateway.tck;

/**
 * The request limits a server under test is started with.
 *
 * <p>{@code maxRequestHeaderSize} is the most bytes of request line plus header fields the server accepts;
 * past it the server answers 431 (or 400). {@code maxRequestBodySize} is the most bytes of request body the
 * server lets through, {@code -1} for no limit; past it the server answers 413.
 */
public record Limits(int maxRequestHeaderSize, long maxRequestBodySize) {

    /** What most tests run with: 16 KiB of request head, no body limit. */
    public static final Limits STANDARD = new Limits(16 * 1024, -1);

    /** What the hostile-input tests run with: 4 KiB of request head, 64 KiB of body. */
    public static final Limits SMALL = new Limits(4 * 1024, 64 * 1024);

    public Limits {
        if (maxRequestHeaderSize <= 0) {
            throw new IllegalArgumentException("maxRequestHeaderSize must be > 0, was " + maxRequestHeaderSize);
        }
        if (maxRequestBodySize < -1) {
            throw new IllegalArgumentException("maxRequestBodySize must be -1 (no limit) or >= 0, was "
                    + maxRequestBodySize);
        }
    }
}
