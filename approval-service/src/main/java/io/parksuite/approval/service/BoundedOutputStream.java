package io.parksuite.approval.service;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes at most {@code limit} bytes on, then refuses to write more: an upload is never read past its cap. */
final class BoundedOutputStream extends FilterOutputStream {

    /** Thrown on the first byte past the limit. */
    static final class LimitReached extends IOException {
        LimitReached() {
            super("limit reached");
        }
    }

    private final long limit;
    private long written;

    BoundedOutputStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        if (written + 1 > limit) {
            throw new LimitReached();
        }
        out.write(b);
        written++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (written + len > limit) {
            throw new LimitReached();
        }
        out.write(b, off, len);
        written += len;
    }
}
