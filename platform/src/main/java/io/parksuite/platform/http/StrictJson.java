package io.parksuite.platform.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON document ends where it ends: anything after it ({@code {...}}]}) makes the body malformed
 * (400) instead of being ignored, so a request cut or spliced in transit is not taken for a valid one.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
