package io.parksuite.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictJsonTest {

    @Test
    void trailingContentAfterTheDocumentIsRejected() throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);

        assertEquals(Map.of("name", "x"), mapper.readValue("{\"name\":\"x\"}  ", Map.class));
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"name\":\"x\"}}}]", Map.class));
    }
}
