package io.parksuite.platform.http;

import io.parksuite.platform.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictUtf8Test {

    @Test
    void wellFormedTextPassesUnchanged() throws IOException {
        byte[] text = "{\"name\":\"长沙经开区 🏭 Ω\"}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text, read(text));
    }

    @Test
    void invalidOverlongSurrogateAndTruncatedSequencesAreMalformed() {
        int[][] bad = {
                {0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
                {0xFF}, {0x80}, {0xE4, 0xB8}, {0x61, 0xC3, 0x28},
        };
        for (int[] sequence : bad) {
            byte[] bytes = new byte[sequence.length];
            for (int i = 0; i < sequence.length; i++) {
                bytes[i] = (byte) sequence[i];
            }
            ProblemException refused = assertThrows(ProblemException.class, () -> read(bytes));
            assertEquals(400, refused.status());
            assertTrue(refused.getMessage().contains("UTF-8"));
        }
    }

    @Test
    void onlyTextMediaTypesAreChecked() {
        assertTrue(StrictUtf8.isText(MediaType.APPLICATION_JSON_TYPE));
        assertTrue(StrictUtf8.isText(MediaType.valueOf("text/csv")));
        assertTrue(StrictUtf8.isText(MediaType.valueOf("application/merge-patch+json")));
        assertTrue(StrictUtf8.isText(MediaType.valueOf("text/csv; charset=utf-8")));
        assertFalse(StrictUtf8.isText(MediaType.valueOf("text/csv; charset=GBK")));
        assertFalse(StrictUtf8.isText(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertFalse(StrictUtf8.isText(null));
    }

    private static byte[] read(byte[] bytes) throws IOException {
        try (InputStream in = new StrictUtf8.CheckedStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
