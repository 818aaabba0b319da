package io.parksuite.platform.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Drops the schemas no operation reaches, directly or through other schemas: the platform's named
 * records (a calendar day, an audit revision) are declared in every service's document by the
 * scanner, but belong only in the documents of the services that answer them.
 */
final class UnusedSchemas {

    private static final String SCHEMAS = "#/components/schemas/";

    private UnusedSchemas() {
    }

    static void remove(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = components.getSchemas();
        Deque<Schema> pending = new ArrayDeque<>(roots(openAPI));
        Set<String> reached = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMAS)) {
                String name = ref.substring(SCHEMAS.length());
                if (reached.add(name) && schemas.get(name) != null) {
                    pending.push(schemas.get(name));
                }
            }
            children(schema).forEach(pending::push);
        }
        List.copyOf(schemas.keySet()).stream().filter(name -> !reached.contains(name)).forEach(components::removeSchema);
    }

    private static List<Schema> roots(OpenAPI openAPI) {
        Stream.Builder<Schema> roots = Stream.builder();
        Components components = openAPI.getComponents();
        values(components.getParameters()).forEach(p -> parameter(p, roots));
        values(components.getResponses()).forEach(r -> response(r, roots));
        values(components.getRequestBodies()).forEach(b -> requestBody(b, roots));
        values(components.getHeaders()).forEach(h -> header(h, roots));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                values(item.getParameters()).forEach(p -> parameter(p, roots));
                for (Operation operation : item.getOperations().values()) {
                    values(operation.getParameters()).forEach(p -> parameter(p, roots));
                    requestBody(operation.getRequestBody(), roots);
                    if (operation.getResponses() != null) {
                        values(operation.getResponses().getAPIResponses()).forEach(r -> response(r, roots));
                    }
                }
            }
        }
        return roots.build().filter(Objects::nonNull).toList();
    }

    private static Stream<Schema> children(Schema schema) {
        return Stream.of(
                        values(schema.getProperties()).stream(),
                        Stream.of(schema.getItems(), schema.getNot(), schema.getAdditionalPropertiesSchema()),
                        values(schema.getAllOf()).stream(),
                        values(schema.getAnyOf()).stream(),
                        values(schema.getOneOf()).stream(),
                        values(schema.getPrefixItems()).stream())
                .flatMap(s -> s)
                .filter(Objects::nonNull);
    }

    private static void parameter(Parameter parameter, Stream.Builder<Schema> roots) {
        if (parameter != null) {
            roots.add(parameter.getSchema());
            content(parameter.getContent(), roots);
        }
    }

    private static void requestBody(RequestBody body, Stream.Builder<Schema> roots) {
        if (body != null) {
            content(body.getContent(), roots);
        }
    }

    private static void response(APIResponse response, Stream.Builder<Schema> roots) {
        if (response != null) {
            content(response.getContent(), roots);
            values(response.getHeaders()).forEach(h -> header(h, roots));
        }
    }

    private static void header(Header header, Stream.Builder<Schema> roots) {
        if (header != null) {
            roots.add(header.getSchema());
            content(header.getContent(), roots);
        }
    }

    private static void content(Content content, Stream.Builder<Schema> roots) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(roots::add);
        }
    }

    private static <T> Collection<T> values(Map<String, T> map) {
        return map == null ? List.of() : map.values();
    }

    private static <T> Collection<T> values(List<T> list) {
        return list == null ? List.of() : list;
    }
}
