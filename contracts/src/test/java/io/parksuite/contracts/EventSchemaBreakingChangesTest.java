package io.parksuite.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Proves the event half of the guard on the released schema of {@code parksuite.enterprise.registered.v1}:
 * each kind of breaking change is made to a copy and must be reported; additive changes and a new
 * event type must pass.
 */
class EventSchemaBreakingChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTERED = "parksuite.enterprise.registered.v1.schema.json";
    private static final String RELEASED = ContractFolders.read(ContractFolders.BASELINE_EVENTS.resolve(REGISTERED));

    @Test
    void theReleasedSchemaMatchesItself() {
        assertEquals(List.of(), EventSchemaBreakingChanges.between(RELEASED, RELEASED));
    }

    @Test
    void removedProperty() {
        assertReported("(root): property legalRepresentative removed",
                schema -> schema.with("properties").remove("legalRepresentative"));
    }

    @Test
    void newRequiredProperty() {
        assertReported("(root): newly required [address]", schema -> schema.withArray("required").add("address"));
    }

    @Test
    void propertyNoLongerRequired() {
        assertReported("(root): no longer always sent [registeredAt]",
                schema -> removeValue(schema.withArray("required"), "registeredAt"));
    }

    @Test
    void removedEnumValue() {
        assertReported("/status: enum values removed [RELOCATED_OUT]",
                schema -> removeValue(property(schema, "status").withArray("enum"), "RELOCATED_OUT"));
    }

    @Test
    void narrowedType() {
        assertReported("/nameEn: type narrowed from [string, null] to [string]",
                schema -> property(schema, "nameEn").put("type", "string"));
    }

    @Test
    void narrowedTypeInsideItems() {
        assertReported("/designations/items/year: type narrowed from [integer] to [string]",
                schema -> property(schema, "designations").with("items").with("properties").with("year")
                        .put("type", "string"));
    }

    @Test
    void tighterOrNewConstraints() {
        List<String> breaking = EventSchemaBreakingChanges.between(RELEASED, mutated(schema -> {
            property(schema, "name").put("maxLength", 100);
            property(schema, "address").put("pattern", "^\\S+$");
            property(schema, "streetCode").put("format", "uuid");
            property(schema, "origin").put("const", "LOCAL");
            property(schema, "aggregateVersion").put("minimum", 1);
            property(schema, "originProjectId").putArray("enum").add("P1");
            schema.put("additionalProperties", false);
        }));
        assertEquals(Set.of(
                "(root): additionalProperties closed",
                "/name: maxLength tightened from 200 to 100",
                "/aggregateVersion: minimum tightened from 0 to 1",
                "/address: pattern added",
                "/streetCode: format added",
                "/origin: const added",
                "/originProjectId: enum added"), Set.copyOf(breaking));
    }

    @Test
    void additiveChangesPass() {
        String current = mutated(schema -> {
            schema.with("properties").putObject("website").put("type", "string");
            property(schema, "status").withArray("enum").add("MERGED");
            property(schema, "nameEn").put("maxLength", 400);
            property(schema, "industryCode").remove("pattern");
            schema.put("description", "An enterprise was entered in the registry.");
        });
        assertEquals(List.of(), EventSchemaBreakingChanges.between(RELEASED, current));
    }

    @Test
    void aNewEventTypePassesAndARemovedOneFails(@TempDir Path temp) throws IOException {
        Path released = Files.createDirectories(temp.resolve("released"));
        Path current = Files.createDirectories(temp.resolve("current"));
        Files.writeString(released.resolve(REGISTERED), RELEASED);
        Files.writeString(current.resolve(REGISTERED), RELEASED);
        Files.writeString(current.resolve("parksuite.enterprise.registered.v2.schema.json"),
                mutated(schema -> schema.with("properties").remove("legalRepresentative")));
        assertEquals(List.of(), ReleasedContracts.breakingChanges(released, current, ".schema.json",
                EventSchemaBreakingChanges::between));

        Files.delete(current.resolve(REGISTERED));
        assertEquals(List.of(REGISTERED + ": released contract removed"), ReleasedContracts.breakingChanges(
                released, current, ".schema.json", EventSchemaBreakingChanges::between));
    }

    private static void assertReported(String expected, Consumer<ObjectNode> change) {
        List<String> breaking = EventSchemaBreakingChanges.between(RELEASED, mutated(change));
        assertEquals(List.of(expected), breaking);
    }

    private static String mutated(Consumer<ObjectNode> change) {
        try {
            ObjectNode schema = (ObjectNode) JSON.readTree(RELEASED);
            change.accept(schema);
            return JSON.writeValueAsString(schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode property(ObjectNode schema, String name) {
        return (ObjectNode) schema.get("properties").get(name);
    }

    private static void removeValue(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(value + " not in " + array);
    }
}
