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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
@Tag(name = "Support ledgers",
        description = "Rewards and subsidies (奖补), patent navigation (专利导航) and risk-compensation-fund loans (风险补偿基金贷款)")
@RolesAllowed(EnterpriseRoleSets.DETAIL_READERS)
public class LedgerResource {

    private static final String READ_SCOPE = " The park's staff give uscc, year or both (a whole ledger is not read at "
            + "once; without uscc, year is required); an enterprise user reads its own entries.";
    private static final String BULK = " A JSON array of entries or CSV with a header line naming the same fields, at "
            + "most 10,000 rows; every row is checked and one invalid row rejects the upload (422 naming rows[n].field), "
            + "nothing written. Send an Idempotency-Key so a retried upload is stored once.";
    private static final String NOT_YOURS = "An enterprise user asked for another enterprise's entries";
    private static final String UNREGISTERED = "Invalid fields, or no enterprise with this USCC is registered";

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
    @Operation(operationId = "listRewards", summary = "Rewards and subsidies, by year and programme",
            description = "The rewards and subsidies (奖补) granted to an enterprise or in a year." + READ_SCOPE)
    @APIResponse(responseCode = "200", description = "The rewards, by year and programme")
    @APIResponse(responseCode = "404", description = NOT_YOURS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<LedgerDtos.Reward> rewards(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                                           @QueryParam("uscc") String uscc,
                                           @Parameter(description = "Year of the programme", example = "2019",
                                                   schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
                                           @QueryParam("year") String year) {
        return ledgers.rewards(enterprise(uscc, year), QueryParams.optionalInt("year", year)).stream()
                .map(LedgerDtos.Reward::of).toList();
    }

    @POST
    @Path("/rewards")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "recordReward", summary = "Record a reward or subsidy",
            description = "One grant of a programme to a registered enterprise for a year.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LedgerDtos.Reward.class)))
    @APIResponse(responseCode = "409", description = "Already recorded for that enterprise, programme and year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNREGISTERED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addReward(@Valid @NotNull LedgerDtos.Reward reward) {
        return created(LedgerDtos.Reward.of(ledgers.addReward(reward.toEntity())));
    }

    @POST
    @Path("/rewards/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "recordRewardsInBulk", summary = "Record many rewards at once",
            description = "All or nothing." + BULK)
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class)))
    public Response addRewards(@RequestBody(required = true, content = {
                                       @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                                               type = SchemaType.ARRAY, implementation = LedgerDtos.Reward.class,
                                               maxItems = BulkUploads.MAX_ROWS)),
                                       @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                                               description = Schemas.CSV, example = "uscc,programme,year,amountYuan,grantedOn\n"
                                                       + "91430112MA4L0A0B1X,智能制造专项奖励,2019,500000.00,2019-06-30\n"))})
                               String body,
                               @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, LedgerDtos.Reward.class, LedgerDtos.Reward::toEntity,
                ledgers::addRewards);
    }

    @GET
    @Path("/patent-navigation")
    @Operation(operationId = "listPatentNavigations", summary = "Enterprises taking part in patent navigation, by year",
            description = "Participations in patent navigation (专利导航) of an enterprise or in a year." + READ_SCOPE)
    @APIResponse(responseCode = "200", description = "The participations, by year")
    @APIResponse(responseCode = "404", description = NOT_YOURS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<LedgerDtos.Navigation> patentNavigation(@Parameter(description = Schemas.USCC,
                                                                example = Schemas.USCC_EXAMPLE)
                                                        @QueryParam("uscc") String uscc,
                                                        @Parameter(description = "Year of the participation",
                                                                example = "2019",
                                                                schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
                                                        @QueryParam("year") String year) {
        return ledgers.patentNavigations(enterprise(uscc, year), QueryParams.optionalInt("year", year)).stream()
                .map(LedgerDtos.Navigation::of).toList();
    }

    @POST
    @Path("/patent-navigation")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "recordPatentNavigation",
            summary = "Record an enterprise's participation in patent navigation for a year",
            description = "One participation of a registered enterprise per year.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LedgerDtos.Navigation.class)))
    @APIResponse(responseCode = "409", description = "Already recorded for that enterprise and year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNREGISTERED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addPatentNavigation(@Valid @NotNull LedgerDtos.Navigation participation) {
        return created(LedgerDtos.Navigation.of(ledgers.addPatentNavigation(participation.toEntity())));
    }

    @POST
    @Path("/patent-navigation/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "recordPatentNavigationsInBulk", summary = "Record many participations at once",
            description = "All or nothing." + BULK)
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class)))
    public Response addPatentNavigations(@RequestBody(required = true, content = {
                                                 @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                                                         type = SchemaType.ARRAY,
                                                         implementation = LedgerDtos.Navigation.class,
                                                         maxItems = BulkUploads.MAX_ROWS)),
                                                 @Content(mediaType = "text/csv", schema = @Schema(
                                                         type = SchemaType.STRING, description = Schemas.CSV,
                                                         example = "uscc,year,topic\n"
                                                                 + "91430112MA4L0A0B1X,2019,硬质合金刀具专利导航\n"))})
                                         String body,
                                         @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, LedgerDtos.Navigation.class,
                LedgerDtos.Navigation::toEntity, ledgers::addPatentNavigations);
    }

    @GET
    @Path("/risk-compensation-loans")
    @Operation(operationId = "listRiskCompensationLoans",
            summary = "Loans backed by the risk-compensation fund, by year of the loan",
            description = "Loans backed by the risk-compensation fund (风险补偿基金) of an enterprise or made in a year."
                    + READ_SCOPE)
    @APIResponse(responseCode = "200", description = "The loans, by loan date")
    @APIResponse(responseCode = "404", description = NOT_YOURS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<LedgerDtos.Loan> loans(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                                       @QueryParam("uscc") String uscc,
                                       @Parameter(description = "Year the loan was made", example = "2019",
                                               schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
                                       @QueryParam("year") String year) {
        return ledgers.loans(enterprise(uscc, year), QueryParams.optionalInt("year", year)).stream()
                .map(LedgerDtos.Loan::of).toList();
    }

    @POST
    @Path("/risk-compensation-loans")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "recordRiskCompensationLoan", summary = "Record a loan backed by the risk-compensation fund",
            description = "One loan contract of a registered enterprise; the maturity date is after the loan date.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LedgerDtos.Loan.class)))
    @APIResponse(responseCode = "409", description = "A loan with this contract number is already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNREGISTERED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addLoan(@Valid @NotNull LedgerDtos.Loan loan) {
        return created(LedgerDtos.Loan.of(ledgers.addLoan(loan.toEntity())));
    }

    @POST
    @Path("/risk-compensation-loans/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "recordRiskCompensationLoansInBulk", summary = "Record many loans at once",
            description = "All or nothing." + BULK)
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class)))
    public Response addLoans(@RequestBody(required = true, content = {
                                     @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                                             type = SchemaType.ARRAY, implementation = LedgerDtos.Loan.class,
                                             maxItems = BulkUploads.MAX_ROWS)),
                                     @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                                             description = Schemas.CSV, example = "uscc,bank,amountYuan,loanDate,maturityDate,"
                                                     + "compensationShare,contractNumber\n91430112MA4L0A0B1X,长沙银行望城支行,"
                                                     + "3000000.00,2019-03-15,2020-03-14,0.5,CSYH-WC-2019-0012\n"))})
                             String body,
                             @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
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
