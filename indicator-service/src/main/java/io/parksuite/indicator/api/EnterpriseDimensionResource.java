package io.parksuite.indicator.api;

import io.parksuite.indicator.service.EnterpriseDimensions;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The enterprise dimension the indicators are grouped by: {@code /api/v1/indicators/enterprises}.
 * Staff read any enterprise's copy; an enterprise user reads its own only (another's is a 404, and
 * a lookup answers its own USCC at most), so that nobody learns which enterprises report here.
 */
@Path("/api/v1/indicators/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Enterprise dimension", description = "Enterprises as known to the indicator service, copied from "
        + "enterprise.events: the dimension reports are checked against and indicators are grouped by")
public class EnterpriseDimensionResource {

    private final EnterpriseDimensions dimensions;
    private final Caller caller;

    public EnterpriseDimensionResource(EnterpriseDimensions dimensions, Caller caller) {
        this.dimensions = dimensions;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "lookupEnterpriseDimensions",
            summary = "Which of the given enterprises are known here, e.g. before a bulk report upload",
            description = "Up to " + EnterpriseDimensions.MAX_LOOKUP + " uscc parameters; the copies of those known, "
                    + "in USCC order; the others are left out. An enterprise user learns about its own USCC only.")
    @APIResponse(responseCode = "200", description = "The copies known")
    public List<EnterpriseDimensionResponse> known(@Parameter(description = "The USCCs to look up (repeat the "
                                                          + "parameter), 1 to " + EnterpriseDimensions.MAX_LOOKUP,
                                                          required = true, schema = @Schema(type = SchemaType.ARRAY,
                                                          implementation = String.class, minItems = 1,
                                                          maxItems = EnterpriseDimensions.MAX_LOOKUP))
                                                  @QueryParam("uscc") List<String> usccs) {
        if (usccs == null || usccs.isEmpty()) {
            throw ProblemException.invalidField("uscc", "name at least one enterprise");
        }
        if (usccs.size() > EnterpriseDimensions.MAX_LOOKUP) {
            throw ProblemException.invalidField("uscc", "at most " + EnterpriseDimensions.MAX_LOOKUP + " per request");
        }
        List<String> reachable = usccs.stream().filter(caller::mayAccessEnterprise).toList();
        if (reachable.isEmpty()) {
            return List.of();
        }
        return dimensions.findAll(reachable).stream().map(EnterpriseDimensionResponse::of).toList();
    }

    @GET
    @Path("/{uscc}")
    @Operation(operationId = "getEnterpriseDimension", summary = "Read the indicator service's copy of an enterprise",
            description = "The enterprise as last learned from enterprise.events. An enterprise user reads its own "
                    + "copy only; another's answers 404, as for an enterprise not known here.")
    @APIResponse(responseCode = "200", description = "The copy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnterpriseDimensionResponse.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC is known here (or it is another "
            + "enterprise's, for an enterprise user)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EnterpriseDimensionResponse get(@Parameter(description = RequestParameters.USCC,
                                                   example = "91430112M000100Y4X")
                                           @PathParam("uscc") String uscc) {
        if (!caller.mayAccessEnterprise(uscc)) {
            throw ProblemException.notFound("No enterprise with USCC " + uscc + " is known here");
        }
        return dimensions.find(uscc).map(EnterpriseDimensionResponse::of)
                .orElseThrow(() -> ProblemException.notFound("No enterprise with USCC " + uscc + " is known here"));
    }
}
