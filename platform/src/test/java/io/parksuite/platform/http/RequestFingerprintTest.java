package io.parksuite.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RequestFingerprintTest {

    private final ObjectMapper mapper = new ObjectMapper();

    record Valuation(BigDecimal amount, String currency, Map<String, String> labels) {
    }

    @Test
    void theOrderOfAMapsEntriesDoesNotChangeTheFingerprint() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("uscc", "91430112MA4D00133U");
        first.put("valuation", new Valuation(BigDecimal.TEN, "USD", ordered("b", "2", "a", "1")));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("valuation", new Valuation(BigDecimal.TEN, "USD", ordered("a", "1", "b", "2")));
        second.put("uscc", "91430112MA4D00133U");

        assertEquals(RequestFingerprint.of(mapper, first), RequestFingerprint.of(mapper, second));
    }

    @Test
    void aDifferentValueChangesTheFingerprint() {
        String ten = RequestFingerprint.of(mapper, Map.of("uscc", "91430112MA4D00133U", "amount", BigDecimal.TEN));
        String one = RequestFingerprint.of(mapper, Map.of("uscc", "91430112MA4D00133U", "amount", BigDecimal.ONE));

        assertNotEquals(ten, one);
        assertEquals(64, ten.length());
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
