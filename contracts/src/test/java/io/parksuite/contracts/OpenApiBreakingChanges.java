package io.parksuite.contracts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Lists the changes between a released OpenAPI document and the current one that break a client
 * built on the released one, one line per change: method, path, what. The comparison is
 * openapi-diff's, with a changed {@code operationId} counted as breaking (generated method names
 * depend on it); it runs on the {@link OpenApi30View} of both documents because openapi-diff does
 * not yet compare OpenAPI 3.1 types. A new operation, including the same path under a new version
 * prefix, is never breaking: that is how a breaking change ships.
 */
final class OpenApiBreakingChanges {

    private static final OpenApiDiffOptions OPTIONS = OpenApiDiffOptions.builder()
            .configProperty("incompatible.operation.id.changed", "true")
            .build();

    private OpenApiBreakingChanges() {
    }

    static List<String> between(String released, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(
                OpenApi30View.of(released), OpenApi30View.of(current), null, OPTIONS);
        List<String> breaking = new ArrayList<>();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            breaking.add(removed.getMethod() + " " + removed.getPathUrl() + ": operation "
                    + removed.getOperation().getOperationId() + " removed");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            breaking.addAll(describe(operation));
        }
        return breaking;
    }

    private static List<String> describe(ChangedOperation operation) {
        Set<String> what = new LinkedHashSet<>();
        if (operation.getOperationId() != null && operation.getOperationId().isIncompatible()) {
            what.add("operationId changed from " + operation.getOperationId().getLeft()
                    + " to " + operation.getOperationId().getRight());
        }
        parameters(operation.getParameters(), what);
        requestBody(operation.getRequestBody(), what);
        responses(operation.getApiResponses(), what);
        if (incompatible(operation.getSecurityRequirements())) {
            what.add("security requirements tightened");
        }
        if (what.isEmpty() && operation.isIncompatible()) {
            what.add("incompatible change");
        }
        String prefix = operation.getHttpMethod() + " " + operation.getPathUrl() + ": ";
        return what.stream().map(line -> prefix + line).toList();
    }

    private static void parameters(ChangedParameters parameters, Set<String> what) {
        if (parameters == null) {
            return;
        }
        for (Parameter removed : parameters.getMissing()) {
            what.add(removed.getIn() + " parameter " + removed.getName() + " removed");
        }
        for (Parameter added : parameters.getIncreased()) {
            if (Boolean.TRUE.equals(added.getRequired())) {
                what.add("new required " + added.getIn() + " parameter " + added.getName());
            }
        }
        for (ChangedParameter changed : parameters.getChanged()) {
            String where = changed.getIn() + " parameter " + changed.getName();
            int before = what.size();
            if (changed.isChangeRequired() && changed.isIncompatible()) {
                what.add(where + " became required");
            }
            schema(where, changed.getSchema(), what);
            content(where, changed.getContent(), what);
            if (what.size() == before && changed.isIncompatible()) {
                what.add(where + " changed incompatibly (style, explode or empty value)");
            }
        }
    }

    private static void requestBody(ChangedRequestBody body, Set<String> what) {
        if (body == null) {
            return;
        }
        if (body.isChangeRequired() && body.isIncompatible()) {
            what.add("request body became required");
        }
        content("request body", body.getContent(), what);
    }

    private static void responses(ChangedApiResponse responses, Set<String> what) {
        if (responses == null) {
            return;
        }
        responses.getMissing().keySet().forEach(status -> what.add("response " + status + " removed"));
        for (Map.Entry<String, ChangedResponse> entry : responses.getChanged().entrySet()) {
            ChangedResponse response = entry.getValue();
            String where = "response " + entry.getKey();
            content(where, response.getContent(), what);
            headers(where, response.getHeaders(), what);
        }
    }

    private static void headers(String where, ChangedHeaders headers, Set<String> what) {
        if (headers == null) {
            return;
        }
        headers.getMissing().keySet().forEach(name -> what.add(where + " header " + name + " removed"));
        for (Map.Entry<String, ChangedHeader> entry : headers.getChanged().entrySet()) {
            String header = where + " header " + entry.getKey();
            int before = what.size();
            schema(header, entry.getValue().getSchema(), what);
            if (what.size() == before && entry.getValue().isIncompatible()) {
                what.add(header + " changed incompatibly");
            }
        }
    }

    private static void content(String where, ChangedContent content, Set<String> what) {
        if (content == null) {
            return;
        }
        content.getMissing().keySet().forEach(type -> what.add(where + " no longer accepts or sends " + type));
        for (Map.Entry<String, ChangedMediaType> entry : content.getChanged().entrySet()) {
            schema(where + " " + entry.getKey(), entry.getValue().getSchema(), what);
        }
    }

    private static void schema(String where, ChangedSchema schema, Set<String> what) {
        if (schema == null) {
            return;
        }
        int before = what.size();
        schema.getMissingProperties().keySet().forEach(name -> what.add(where + ": property " + name + " removed"));
        if (schema.isIncompatible()) {
            constraints(where, schema, what);
        }
        for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
            schema(where + "." + property.getKey(), property.getValue(), what);
        }
        schema(where + "[]", schema.getItems(), what);
        schema(where + "{*}", schema.getAddProp(), what);
        if (what.size() == before && schema.isIncompatible()) {
            what.add(where + ": incompatible change");
        }
    }

    private static void constraints(String where, ChangedSchema schema, Set<String> what) {
        if (schema.isChangedType() || schema.isChangeFormat()) {
            what.add(where + ": type changed from " + typeOf(schema.getOldSchema()) + " to "
                    + typeOf(schema.getNewSchema()));
        }
        if (incompatible(schema.getEnumeration())) {
            if (!schema.getEnumeration().getMissing().isEmpty()) {
                what.add(where + ": enum values removed " + schema.getEnumeration().getMissing());
            }
            if (!schema.getEnumeration().getIncreased().isEmpty()) {
                what.add(where + ": enum values added to a response " + schema.getEnumeration().getIncreased());
            }
        }
        if (incompatible(schema.getRequired())) {
            if (!schema.getRequired().getIncreased().isEmpty()) {
                what.add(where + ": newly required " + schema.getRequired().getIncreased());
            }
            if (!schema.getRequired().getMissing().isEmpty()) {
                what.add(where + ": no longer always sent " + schema.getRequired().getMissing());
            }
        }
        for (Changed element : schema.getChangedElements()) {
            if (element instanceof ChangedSchema || element == schema.getEnumeration()
                    || element == schema.getRequired() || !incompatible(element)) {
                continue;
            }
            what.add(where + ": " + constraintName(element) + " tightened");
        }
    }

    private static String constraintName(Changed element) {
        String name = element.getClass().getSimpleName().replaceFirst("^Changed", "");
        return name.isEmpty() ? "constraint" : name;
    }

    private static String typeOf(io.swagger.v3.oas.models.media.Schema<?> schema) {
        if (schema == null) {
            return "none";
        }
        String type = Objects.requireNonNullElse(schema.getType(), "any")
                + (schema.getFormat() == null ? "" : " (" + schema.getFormat() + ")");
        return Boolean.TRUE.equals(schema.getNullable()) ? type + " or null" : type;
    }

    private static boolean incompatible(Changed changed) {
        return changed != null && changed.isIncompatible();
    }
}
