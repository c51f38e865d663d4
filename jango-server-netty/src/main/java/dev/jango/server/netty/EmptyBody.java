package dev.jango.server.netty;

import java.io.InputStream;

/** The body of a request without one: always at its end, and stateless, so one instance serves every request. */
final class EmptyBody extends InputStream {

    static final EmptyBody INSTANCE = new EmptyBody();

    private EmptyBody() {}

    @Override
    public int read() {
        return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        return len == 0 ? 0 : -1;
    }
}
