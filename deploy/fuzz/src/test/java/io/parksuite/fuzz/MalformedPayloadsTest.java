package io.parksuite.fuzz;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every body the generator calls malformed is refused by a strict JSON parser, whatever it started from. */
class MalformedPayloadsTest {

    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Test
    void noMalformedBodyIsValidJson() {
        Random random = new Random(42);
        for (String valid : List.of("{}", "[]", "{\"validTo\":\"2019-07-01\"}", "{\"reason\":\"资料不全\",\"n\":1}", "[{\"a\":1}]")) {
            for (int i = 0; i < 500; i++) {
                byte[] broken = Payloads.malformed(valid.getBytes(StandardCharsets.UTF_8), random);
                assertThrows(Exception.class, () -> STRICT.readTree(broken),
                        () -> "parses: " + new String(broken, StandardCharsets.UTF_8));
            }
        }
    }
}
