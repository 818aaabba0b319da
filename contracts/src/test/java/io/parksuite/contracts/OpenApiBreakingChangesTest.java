package io.parksuite.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Proves the OpenAPI half of the guard on the released enterprise-service document: each kind of
 * breaking change the guard promises to catch is made to a copy and must be reported; additive
 * changes must pass.
 */
class OpenApiBreakingChangesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static String released;

    @BeforeAll
    static void readReleasedDocument() {
        released = ContractFolders.read(ContractFolders.BASELINE_OPENAPI.resolve("enterprise-service.yaml"));
    }

    @Test
    void theReleasedDocumentMatchesItself() {
        assertEquals(List.of(), OpenApiBreakingChanges.between(released, released));
    }

    @Test
    void removedOperation() {
        assertReported("GET /api/v1/registry/streets: operation listStreets removed",
                document -> path(document, "/api/v1/registry/streets").remove("get"));
    }

    @Test
    void removedResponseField() {
        assertReported("GET /api/v1/enterprises/{uscc}: response 200 application/json: property legalRepresentative removed",
                document -> schema(document, "Enterprise").with("properties").remove("legalRepresentative"));
    }

    @Test
    void removedFieldOfAListItem() {
        assertReported("GET /api/v1/registry/streets: response 200 application/json[]: property name removed",
                document -> schema(document, "ReferenceCode").with("properties").remove("name"));
    }

    @Test
    void removedEnumValue() {
        assertReported("POST /api/v1/enterprises/{uscc}/status-changes: request body application/json.status: "
                + "enum values removed [RELOCATED_OUT]",
                document -> removeValue(schema(document, "EnterpriseStatus").withArray("enum"), "RELOCATED_OUT"));
    }

    @Test
    void narrowedType() {
        assertReported("POST /api/v1/enterprises: request body application/json.registeredCapitalYuan: "
                + "type changed from number to integer",
                document -> schema(document, "EnterpriseRequest").with("properties").with("registeredCapitalYuan")
                        .put("type", "integer"));
    }

    @Test
    void newRequiredRequestField() {
        assertReported("POST /api/v1/enterprises: request body application/json: newly required [legalRepresentative]",
                document -> schema(document, "EnterpriseRequest").withArray("required").add("legalRepresentative"));
    }

    @Test
    void newRequiredParameter() {
        assertReported("GET /api/v1/enterprises: new required query parameter district",
                document -> operation(document, "/api/v1/enterprises", "get").withArray("parameters").addObject()
                        .put("name", "district").put("in", "query").put("required", true)
                        .putObject("schema").put("type", "string"));
    }

    @Test
    void changedOperationId() {
        assertReported("GET /api/v1/enterprises/{uscc}: operationId changed from getEnterprise to fetchEnterprise",
                document -> operation(document, "/api/v1/enterprises/{uscc}", "get").put("operationId", "fetchEnterprise"));
    }

    @Test
    void newOperationsAndOptionalFieldsPass() {
        String current = mutated(document -> {
            ObjectNode get = operation(document, "/api/v1/enterprises/{uscc}", "get").deepCopy();
            get.put("operationId", "getEnterpriseV2");
            get.with("responses").with("200").with("content").with("application/json")
                    .putObject("schema").put("type", "object").putObject("properties")
                    .putObject("uscc").put("type", "string");
            document.with("paths").putObject("/api/v2/enterprises/{uscc}").set("get", get);
            schema(document, "Enterprise").with("properties").putObject("website").put("type", "string");
            schema(document, "EnterpriseRequest").with("properties").putObject("website").put("type", "string");
            operation(document, "/api/v1/enterprises", "get").withArray("parameters").addObject()
                    .put("name", "district").put("in", "query").putObject("schema").put("type", "string");
        });
        assertEquals(List.of(), OpenApiBreakingChanges.between(released, current));
    }

    private static void assertReported(String expected, Consumer<ObjectNode> change) {
        List<String> breaking = OpenApiBreakingChanges.between(released, mutated(change));
        assertTrue(breaking.contains(expected), () -> "expected \"" + expected + "\" in " + breaking);
    }

    private static String mutated(Consumer<ObjectNode> change) {
        try {
            ObjectNode document = (ObjectNode) YAML.readTree(released);
            change.accept(document);
            return YAML.writeValueAsString(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode path(ObjectNode document, String path) {
        return (ObjectNode) document.get("paths").get(path);
    }

    private static ObjectNode operation(ObjectNode document, String path, String method) {
        return (ObjectNode) path(document, path).get(method);
    }

    private static ObjectNode schema(ObjectNode document, String name) {
        return (ObjectNode) document.get("components").get("schemas").get(name);
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
