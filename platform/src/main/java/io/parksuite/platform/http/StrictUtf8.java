package io.parksuite.platform.http;

import io.parksuite.platform.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Text bodies (JSON, CSV, plain text) read as UTF-8 must be well-formed UTF-8: an invalid or overlong byte
 * sequence makes the request malformed (400) instead of being read as a replacement character or,
 * worse, as another character ({@code C0 AF} as {@code /}). Checked while the body streams in.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isText(context.getMediaType())) {
            context.setInputStream(new CheckedStream(context.getInputStream()));
        }
        return context.proceed();
    }

    /** A text type read as UTF-8: without a charset, or with {@code charset=UTF-8} (a GBK CSV is left to its charset). */
    static boolean isText(MediaType type) {
        if (type == null) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase();
        return "text".equalsIgnoreCase(type.getType()) || subtype.equals("json") || subtype.endsWith("+json");
    }

    /** Validates UTF-8 byte by byte (RFC 3629: no overlong forms, surrogates or code points above U+10FFFF). */
    static final class CheckedStream extends FilterInputStream {

        private long position;
        private int pending;
        private int lower = 0x80;
        private int upper = 0xBF;

        CheckedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                finish();
            } else {
                check(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count < 0) {
                finish();
            }
            for (int i = 0; i < count; i++) {
                check(buffer[offset + i] & 0xFF);
            }
            return count;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n && read() >= 0) {
                skipped++;
            }
            return skipped;
        }

        private void check(int b) {
            position++;
            if (pending > 0) {
                if (b < lower || b > upper) {
                    throw invalid();
                }
                pending--;
                lower = 0x80;
                upper = 0xBF;
                return;
            }
            if (b < 0x80) {
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                expect(1, 0x80, 0xBF);
            } else if (b == 0xE0) {
                expect(2, 0xA0, 0xBF);
            } else if (b == 0xED) {
                expect(2, 0x80, 0x9F);
            } else if (b >= 0xE1 && b <= 0xEF) {
                expect(2, 0x80, 0xBF);
            } else if (b == 0xF0) {
                expect(3, 0x90, 0xBF);
            } else if (b >= 0xF1 && b <= 0xF3) {
                expect(3, 0x80, 0xBF);
            } else if (b == 0xF4) {
                expect(3, 0x80, 0x8F);
            } else {
                throw invalid();
            }
        }

        private void expect(int continuationBytes, int firstLower, int firstUpper) {
            pending = continuationBytes;
            lower = firstLower;
            upper = firstUpper;
        }

        private void finish() {
            if (pending > 0) {
                position++;
                throw invalid();
            }
        }

        private ProblemException invalid() {
            return new ProblemException(400, "malformed-request", "Malformed request",
                    "The request body is not valid UTF-8 (byte " + position + ")", List.of());
        }
    }
}
