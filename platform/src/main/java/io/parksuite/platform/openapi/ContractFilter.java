package io.parksuite.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives every operation of a service's OpenAPI document the standard error answers it can give,
 * and the shared parameters, from one place instead of annotations repeated per method. Runs at
 * build time, so the stored document ({@code contracts/openapi}) holds the result:
 * <ul>
 * <li>401 and 403 on every secured operation, 429 and 503 on every operation (the gateway's rate
 * limit, a service that cannot answer);</li>
 * <li>400 and 422 where a body or parameters are read, 404 where the path names a record;</li>
 * <li>412 and 428 where {@code If-Match} is read, 413 and 415 on uploads (CSV, multipart).</li>
 * </ul>
 * An operation's own 404 or 422 (with what is missing or invalid for it) is kept; the other codes
 * always refer to the shared {@code components.responses}. An operation open to anyone says so
 * ({@code security: []}); only the shared responses and parameters in use are declared.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    private static final Set<ProblemResponse> OWN_WORDING_KEPT =
            EnumSet.of(ProblemResponse.NOT_FOUND, ProblemResponse.UNPROCESSABLE_CONTENT);
    private static final String RESPONSES = "#/components/responses/";
    private static final String PARAMETERS = "#/components/parameters/";
    private static final Pattern ROLE_SET = Pattern.compile("\\$\\{([^}:]+)}");
    private static final Set<String> UPLOAD_TYPES = Set.of("text/csv", "multipart/form-data", "application/octet-stream");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        Set<String> referenced = new HashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            List<Parameter> shared = item.getParameters() == null ? List.of() : item.getParameters();
            item.getOperations().values().forEach(operation -> {
                describe(operation, shared, securedByDefault);
                referenced.addAll(references(operation, shared));
            });
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        for (ProblemResponse response : ProblemResponse.values()) {
            if (referenced.contains(RESPONSES + response.component)) {
                components.addResponse(response.component, response.definition());
            }
        }
        for (StandardParameter parameter : StandardParameter.values()) {
            if (referenced.contains(PARAMETERS + parameter.component)) {
                components.addParameter(parameter.component, parameter.definition());
            }
        }
        UnusedSchemas.remove(openAPI);
    }

    /** The component references an operation holds in its parameters and responses. */
    private static Set<String> references(Operation operation, List<Parameter> shared) {
        Set<String> references = new HashSet<>();
        shared.forEach(p -> references.add(p.getRef()));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> references.add(p.getRef()));
        }
        operation.getResponses().getAPIResponses().values().forEach(r -> references.add(r.getRef()));
        references.remove(null);
        return references;
    }

    private static void describe(Operation operation, List<Parameter> shared, boolean securedByDefault) {
        List<Parameter> parameters = new ArrayList<>();
        boolean readsIfMatch = false;
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            StandardParameter standard = StandardParameter.header(parameter).orElse(null);
            readsIfMatch |= standard == StandardParameter.IF_MATCH;
            parameters.add(standard == null ? parameter : standard.reference());
        }
        if (!parameters.isEmpty()) {
            operation.setParameters(parameters);
        }
        List<Parameter> all = new ArrayList<>(shared);
        all.addAll(parameters);
        boolean readsBody = operation.getRequestBody() != null;
        boolean namesRecord = all.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : securedByDefault;
        if (!secured) {
            operation.setSecurity(List.of());
        } else if (operation.getSecurity() != null) {
            operation.getSecurity().forEach(ContractFilter::nameRoles);
        }

        Set<ProblemResponse> answers = EnumSet.of(ProblemResponse.TOO_MANY_REQUESTS, ProblemResponse.SERVICE_UNAVAILABLE);
        if (secured) {
            answers.add(ProblemResponse.UNAUTHORIZED);
            answers.add(ProblemResponse.FORBIDDEN);
        }
        if (readsBody) {
            answers.add(ProblemResponse.BAD_REQUEST);
        }
        if (readsBody || !all.isEmpty()) {
            answers.add(ProblemResponse.UNPROCESSABLE_CONTENT);
        }
        if (namesRecord) {
            answers.add(ProblemResponse.NOT_FOUND);
        }
        if (readsIfMatch) {
            answers.add(ProblemResponse.PRECONDITION_FAILED);
            answers.add(ProblemResponse.PRECONDITION_REQUIRED);
        }
        if (readsBody && isUpload(operation.getRequestBody().getContent())) {
            answers.add(ProblemResponse.CONTENT_TOO_LARGE);
            answers.add(ProblemResponse.UNSUPPORTED_MEDIA_TYPE);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (ProblemResponse answer : answers) {
            APIResponse own = responses.getAPIResponse(answer.code);
            if (own == null || own.getRef() != null || !OWN_WORDING_KEPT.contains(answer)) {
                responses.addAPIResponse(answer.code, answer.reference());
            }
        }
    }

    /**
     * The roles of a secured operation come from {@code @RolesAllowed} with a role-set expression
     * ({@code ${parksuite.roles.…}}): the document lists the roles it stands for.
     */
    private static void nameRoles(SecurityRequirement requirement) {
        Map<String, List<String>> schemes = new LinkedHashMap<>(requirement.getSchemes());
        schemes.forEach((scheme, roles) -> requirement.addScheme(scheme, roles.stream()
                .flatMap(ContractFilter::roles).distinct().toList()));
    }

    private static Stream<String> roles(String role) {
        Matcher expression = ROLE_SET.matcher(role);
        if (!expression.matches()) {
            return Stream.of(role);
        }
        String roles = ConfigProvider.getConfig().getOptionalValue(expression.group(1), String.class)
                .orElseThrow(() -> new IllegalStateException("No role set " + expression.group(1)
                        + " is configured for @RolesAllowed(\"" + role + "\")"));
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty());
    }

    private static boolean isUpload(Content content) {
        return content != null && content.getMediaTypes() != null
                && content.getMediaTypes().keySet().stream().anyMatch(UPLOAD_TYPES::contains);
    }
}
