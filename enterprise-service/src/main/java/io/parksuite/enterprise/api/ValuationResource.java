package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.service.Valuations;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * An enterprise's dated, sourced valuations (估值): {@code /api/v1/enterprises/{uscc}/valuations}. The unicorn
 * (独角兽) assessment accepts no other evidence, so each names the date it refers to and where it was published.
 */
@Path("/api/v1/enterprises/{uscc}/valuations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprise valuations", description = "Dated, sourced valuations (估值) for the 独角兽 assessment")
public class ValuationResource {

    private final Valuations valuations;
    private final IdempotencyKeys idempotencyKeys;
    private final Caller caller;

    public ValuationResource(Valuations valuations, IdempotencyKeys idempotencyKeys, Caller caller) {
        this.valuations = valuations;
        this.idempotencyKeys = idempotencyKeys;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(EnterpriseRoleSets.DETAIL_READERS)
    @Operation(operationId = "listEnterpriseValuations", summary = "List an enterprise's valuations, newest first",
            description = "By the date each refers to, then by when it was recorded; the first is the enterprise's "
                    + "latest valuation (its record's valuation). An enterprise user reads its own, without the logins "
                    + "that recorded them.")
    @APIResponse(responseCode = "200", description = "The valuations, newest first")
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC (or, for an enterprise user, not its own)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ValuationDtos.Valuation> list(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                                              @PathParam("uscc") String uscc) {
        return valuations.of(caller, uscc).stream().map(v -> ValuationDtos.Valuation.of(v).seenBy(caller)).toList();
    }

    @POST
    @RolesAllowed(EnterpriseRoleSets.REGISTRARS)
    @Operation(operationId = "recordEnterpriseValuation", summary = "Record a dated, sourced valuation",
            description = "E.g. from 胡润全球独角兽榜 or a financing round; valuedOn is not in the future. When it is "
                    + "the enterprise's latest (by valuedOn, then by when recorded), it becomes the record's valuation "
                    + "and parksuite.enterprise.updated.v1 is published with changedFields [\"valuation\"]; an older "
                    + "one is kept in the list without an event. With an Idempotency-Key, a retry returns the first "
                    + "response instead of recording the valuation twice.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ValuationDtos.Valuation.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields: amount not above 0, an unknown currency, "
            + "valuedOn in the future, a blank or too long source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                           @PathParam("uscc") String uscc,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Valid @NotNull ValuationDtos.Request request) {
        return idempotencyKeys.once(idempotencyKey, Map.of("uscc", uscc, "valuation", request), () -> Response.status(Response.Status.CREATED)
                .entity(ValuationDtos.Valuation.of(valuations.record(uscc, request.toEntity(), caller.subject())))
                .build());
    }
}
