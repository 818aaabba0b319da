package io.parksuite.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractFilterTest {

    private static Operation operation(String id) {
        return OASFactory.createOperation().operationId(id).responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("Done")));
    }

    private static Parameter parameter(String name, Parameter.In in) {
        return OASFactory.createParameter().name(name).in(in);
    }

    private static OpenAPI secured(String path, Operation put) {
        return OASFactory.createOpenAPI()
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt", List.of()))
                .paths(OASFactory.createPaths().addPathItem(path, OASFactory.createPathItem().PUT(put)));
    }

    private static Set<String> codes(Operation operation) {
        return new TreeSet<>(operation.getResponses().getAPIResponses().keySet());
    }

    @Test
    void aChangeWithIfMatchGetsEveryAnswerItCanGiveAndItsETag() {
        Operation put = operation("replaceThing")
                .addParameter(parameter("id", Parameter.In.PATH))
                .addParameter(parameter("If-Match", Parameter.In.HEADER))
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType())));
        OpenAPI api = secured("/things/{id}", put);

        new ContractFilter().filterOpenAPI(api);

        assertEquals(new TreeSet<>(List.of("200", "400", "401", "403", "404", "409", "412", "413", "414", "415", "422",
                "428", "429", "503")), codes(put));
        assertEquals("#/components/responses/Conflict", put.getResponses().getAPIResponse("409").getRef());
        assertEquals("#/components/parameters/IfMatch", put.getParameters().get(1).getRef());
        assertEquals("#/components/headers/ETag", put.getResponses().getAPIResponse("200").getHeaders().get("ETag").getRef());
        assertTrue(api.getComponents().getHeaders().containsKey("ETag"));
        assertTrue(api.getComponents().getResponses().containsKey("UriTooLong"));
    }

    @Test
    void anOperationsOwnConflictIsKeptAndAReadWithoutValuesGetsNoClientErrors() {
        Operation put = operation("replaceThing").addParameter(parameter("If-Match", Parameter.In.HEADER));
        put.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().description("Already closed"));
        OpenAPI api = secured("/things", put);

        new ContractFilter().filterOpenAPI(api);

        assertEquals("Already closed", put.getResponses().getAPIResponse("409").getDescription());
        assertEquals(new TreeSet<>(List.of("200", "401", "403", "409", "412", "415", "422", "428", "429", "503")), codes(put));
    }

    @Test
    void aReadByIdRefusesNoBodyType() {
        Operation get = operation("getThing").addParameter(parameter("id", Parameter.In.PATH));
        OpenAPI api = OASFactory.createOpenAPI()
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt", List.of()))
                .paths(OASFactory.createPaths().addPathItem("/things/{id}", OASFactory.createPathItem().GET(get)));

        new ContractFilter().filterOpenAPI(api);

        assertEquals(new TreeSet<>(List.of("200", "400", "401", "403", "404", "414", "422", "429", "503")), codes(get));
    }

    @Test
    void aDeprecatedOperationAnnouncesItsSunset() {
        Operation put = operation("replaceThing").deprecated(true);
        OpenAPI api = secured("/things", put);

        new ContractFilter().filterOpenAPI(api);

        Set<String> headers = put.getResponses().getAPIResponse("200").getHeaders().keySet();
        assertEquals(Set.of("Deprecation", "Sunset"), headers);
        assertTrue(api.getComponents().getHeaders().keySet().containsAll(headers));
    }
}
