package io.parksuite.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the event types, loaded from the {@code contracts} jar
 * ({@code contracts/events/<type>.schema.json}). Producers and consumers validate against this one copy.
 */
@ApplicationScoped
public class EventSchemas {

    public static final String LOCATION = "contracts/events/";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Optional<Schema>> schemas = new ConcurrentHashMap<>();

    public boolean knows(String type) {
        return schema(type).isPresent();
    }

    /** The schema violations of {@code data} for {@code type}; empty when valid. */
    public List<String> violations(String type, JsonNode data) {
        Schema schema = schema(type).orElseThrow(() -> new IllegalArgumentException("Unknown event type " + type));
        return schema.validate(data).stream().map(Error::toString).toList();
    }

    private Optional<Schema> schema(String type) {
        return schemas.computeIfAbsent(type, this::load);
    }

    private Optional<Schema> load(String type) {
        String path = LOCATION + type + ".schema.json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(registry.getSchema(in));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read event schema " + path, e);
        }
    }
}
