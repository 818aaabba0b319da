package io.parksuite.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the write operations of every service from the OpenAPI documents the gateway serves
 * ({@code /openapi/<service>}), with {@code $ref}s resolved, and the roles allowed to call each
 * from {@code contracts/security/<service>.csv}; the statuses of every operation go to
 * {@link Routes}.
 */
final class ApiDocuments {

    static final List<String> SERVICES = List.of("enterprise", "project", "indicator", "approval");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final Pattern ARRAY_OF = Pattern.compile("array of (\\w+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiDocuments() {
    }

    static List<Operation> load(HttpClient http, String gateway, Path securityDir, Routes routes)
            throws IOException, InterruptedException {
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + "/openapi/" + service)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET /openapi/" + service + " answered " + answer.statusCode());
            }
            JsonNode document = JSON.readTree(answer.body());
            operations.addAll(operations(service, document, roles(securityDir.resolve(service + ".csv"))));
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                    routes.add(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), statuses(op.getValue()))));
        }
        return operations;
    }

    private static List<Operation> operations(String service, JsonNode document, Map<String, List<String>> roles) {
        JsonNode components = document.path("components").path("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            Set<String> methods = new LinkedHashSet<>();
            path.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(Locale.ROOT)));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!WRITES.contains(op.getKey())) {
                    continue;
                }
                String method = op.getKey().toUpperCase(Locale.ROOT);
                List<String> allowed = roles.get(method + "," + path.getKey());
                if (allowed == null || allowed.contains("public")) {
                    throw new IllegalStateException(service + ".csv does not name the roles of " + method + " " + path.getKey());
                }
                operations.add(operation(service, method, path.getKey(), op.getValue(), components, allowed, methods));
            }
        }
        return operations;
    }

    private static Operation operation(String service, String method, String path, JsonNode op, JsonNode components,
                                       List<String> roles, Set<String> methods) {
        Map<String, JsonNode> pathParams = new LinkedHashMap<>();
        Map<String, JsonNode> queryParams = new LinkedHashMap<>();
        Set<String> headers = new LinkedHashSet<>();
        for (JsonNode parameter : op.path("parameters")) {
            JsonNode schema = resolve(parameter.path("schema"), components, 0);
            switch (parameter.path("in").asText()) {
                case "path" -> pathParams.put(parameter.path("name").asText(), schema);
                case "query" -> queryParams.put(parameter.path("name").asText(), schema);
                case "header" -> headers.add(parameter.path("name").asText());
                default -> { }
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        List<String> mediaTypes = new ArrayList<>();
        content.fieldNames().forEachRemaining(mediaTypes::add);
        JsonNode body = mediaTypes.isEmpty() ? null : resolve(content.path(mediaTypes.get(0)).path("schema"), components, 0);
        JsonNode item = null;
        Matcher arrayOf = ARRAY_OF.matcher(op.path("description").asText(""));
        if (arrayOf.find() && components.has(arrayOf.group(1))) {
            item = resolve(components.get(arrayOf.group(1)), components, 0);
        }
        return new Operation(service, method, path, pathParams, queryParams, headers, mediaTypes, body, item, roles, methods,
                statuses(op));
    }

    private static Set<Integer> statuses(JsonNode op) {
        Set<Integer> statuses = new LinkedHashSet<>();
        op.path("responses").fieldNames().forEachRemaining(code -> statuses.add(Integer.valueOf(code)));
        return statuses;
    }

    /** The schema with every {@code $ref} (and {@code allOf}) replaced by what it names, siblings kept. */
    static JsonNode resolve(JsonNode schema, JsonNode components, int depth) {
        if (schema == null || !schema.isObject() || depth > 12) {
            return schema;
        }
        ObjectNode resolved = JSON.createObjectNode();
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            JsonNode target = resolve(components.path(name), components, depth + 1);
            if (target != null && target.isObject()) {
                resolved.setAll((ObjectNode) target);
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            JsonNode target = resolve(part, components, depth + 1);
            if (target.isObject()) {
                resolved.setAll((ObjectNode) target);
            }
        }
        schema.fields().forEachRemaining(field -> {
            switch (field.getKey()) {
                case "$ref", "allOf" -> { }
                case "properties" -> {
                    ObjectNode properties = JSON.createObjectNode();
                    field.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(p.getValue(), components, depth + 1)));
                    resolved.set("properties", properties);
                }
                case "items" -> resolved.set("items", resolve(field.getValue(), components, depth + 1));
                default -> resolved.set(field.getKey(), field.getValue());
            }
        });
        return resolved;
    }

    /** "METHOD,path" to the roles allowed, from a security contract CSV (comment lines start with #). */
    private static Map<String, List<String>> roles(Path csv) throws IOException {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv)) {
            String[] cells = line.split(",", 3);
            if (line.startsWith("#") || cells.length < 3 || "method".equals(cells[0])) {
                continue;
            }
            roles.put(cells[0] + "," + cells[1], Arrays.asList(cells[2].trim().split("\\s+")));
        }
        return roles;
    }
}
