package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.service.BulkUploads;
import io.parksuite.enterprise.service.Ledgers;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.RoleSets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The support ledgers: rewards and subsidies (奖补), patent navigation (专利导航) and
 * risk-compensation-fund loans (风险补偿基金贷款), under {@code /api/v1/registry/ledgers}.
 * Park staff read one enterprise's entries or one year's; an enterprise user reads its own entries.
 */
@Path("/api/v1/registry/ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support ledgers", description = "Rewards, patent navigation and risk-compensation loans")
@APIResponse(responseCode = "422", description = "Invalid fields or an unregistered enterprise",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@RolesAllowed(EnterpriseRoleSets.DETAIL_READERS)
public class LedgerResource {

    private static final String READ_SCOPE = "The park's staff give uscc, year or both (a whole ledger is not read at once); "
            + "an enterprise user reads its own entries.";

    private final Ledgers ledgers;
    private final BulkUploads uploads;
    private final Caller caller;

    public LedgerResource(Ledgers ledgers, BulkUploads uploads, Caller caller) {
        this.ledgers = ledgers;
        this.uploads = uploads;
        this.caller = caller;
    }

    @GET
    @Path("/rewards")
    @Operation(summary = "Rewards and subsidies, by year and programme",
            description = READ_SCOPE)
    public List<LedgerDtos.Reward> rewards(@QueryParam("uscc") String uscc, @QueryParam("year") String year) {
        return ledgers.rewards(enterprise(uscc, year), QueryParams.optionalInt("year", year)).stream()
                .map(LedgerDtos.Reward::of).toList();
    }

    @POST
    @Path("/rewards")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Record a reward or subsidy")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = LedgerDtos.Reward.class)))
    @APIResponse(responseCode = "409", description = "Already recorded for that programme and year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addReward(@Valid @NotNull LedgerDtos.Reward reward) {
        return created(LedgerDtos.Reward.of(ledgers.addReward(reward.toEntity())));
    }

    @POST
    @Path("/rewards/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Record many rewards at once", description = "All or nothing, with an Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    public Response addRewards(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, LedgerDtos.Reward.class, LedgerDtos.Reward::toEntity,
                ledgers::addRewards);
    }

    @GET
    @Path("/patent-navigation")
    @Operation(summary = "Enterprises taking part in patent navigation, by year",
            description = READ_SCOPE)
    public List<LedgerDtos.Navigation> patentNavigation(@QueryParam("uscc") String uscc, @QueryParam("year") String year) {
        return ledgers.patentNavigations(enterprise(uscc, year), QueryParams.optionalInt("year", year)).stream()
                .map(LedgerDtos.Navigation::of).toList();
    }

    @POST
    @Path("/patent-navigation")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Record an enterprise's participation in patent navigation for a year")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = LedgerDtos.Navigation.class)))
    @APIResponse(responseCode = "409", description = "Already recorded for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addPatentNavigation(@Valid @NotNull LedgerDtos.Navigation participation) {
        return created(LedgerDtos.Navigation.of(ledgers.addPatentNavigation(participation.toEntity())));
    }

    @POST
    @Path("/patent-navigation/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Record many participations at once", description = "All or nothing, with an Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    public Response addPatentNavigations(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, LedgerDtos.Navigation.class,
                LedgerDtos.Navigation::toEntity, ledgers::addPatentNavigations);
    }

    @GET
    @Path("/risk-compensation-loans")
    @Operation(summary = "Loans backed by the risk-compensation fund, by year of the loan",
            description = READ_SCOPE)
    public List<LedgerDtos.Loan> loans(@QueryParam("uscc") String uscc, @QueryParam("year") String year) {
        return ledgers.loans(enterprise(uscc, year), QueryParams.optionalInt("year", year)).stream()
                .map(LedgerDtos.Loan::of).toList();
    }

    @POST
    @Path("/risk-compensation-loans")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Record a loan backed by the risk-compensation fund")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = LedgerDtos.Loan.class)))
    @APIResponse(responseCode = "409", description = "A loan with this contract number is already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addLoan(@Valid @NotNull LedgerDtos.Loan loan) {
        return created(LedgerDtos.Loan.of(ledgers.addLoan(loan.toEntity())));
    }

    @POST
    @Path("/risk-compensation-loans/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Record many loans at once", description = "All or nothing, with an Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    public Response addLoans(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, LedgerDtos.Loan.class, LedgerDtos.Loan::toEntity,
                ledgers::addLoans);
    }

    /**
     * The enterprise a ledger read is limited to: an enterprise user's own; for the park's staff the
     * one asked for, and without one a year is required, so that no read returns a whole ledger.
     */
    private String enterprise(String uscc, String year) {
        String enterprise = caller.enterpriseFilter(uscc);
        if (enterprise == null && QueryParams.optionalInt("year", year) == null) {
            throw ProblemException.invalidField("year", "is required when no uscc is given");
        }
        return enterprise;
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
