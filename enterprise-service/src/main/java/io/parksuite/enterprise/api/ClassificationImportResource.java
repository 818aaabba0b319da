package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.service.BulkUploads;
import io.parksuite.enterprise.service.EnterpriseClassification;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

import java.time.LocalDate;

/**
 * Classifications from files, for many enterprises at once: the statistics bureau's yearly
 * register of above-scale enterprises, certificate lists, chain surveys. Same checks and events
 * as one grant or membership at a time, all or nothing.
 */
@Path("/api/v1/registry/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "text/csv"})
@Tag(name = "Classification imports",
        description = "Designations and chain memberships for many enterprises at once, from CSV or JSON")
@RolesAllowed(EnterpriseRoleSets.REGISTRARS)
public class ClassificationImportResource {

    private static final String UPLOAD = " A JSON array of rows or CSV with a header line naming the same fields, at "
            + "most 10,000 rows; every row is checked as a single grant or membership would be, all or nothing. "
            + "Send an Idempotency-Key so a retried upload is stored once.";

    /** One designation of a file. */
    @Schema(name = "DesignationRow", description = "One designation of an import", example = """
            {"uscc": "91430112MA4L0A0B1X", "type": "ABOVE_SCALE_INDUSTRY", "year": 2019}""")
    public record DesignationRow(@NotBlank @Size(max = 18) @Schema(description = Schemas.USCC,
                                         pattern = Schemas.USCC_PATTERN, example = Schemas.USCC_EXAMPLE) String uscc,
                                 @NotBlank @Size(max = 48) @Schema(description = "Designation type code, "
                                         + "GET /api/v1/registry/designation-types", example = "HIGH_TECH") String type,
                                 @NotNull @Min(1980) @Max(2100) @Schema(description = "The year it is held for",
                                         example = "2019") Integer year,
                                 @Size(max = 64) @Schema(description = "The certificate's number (evidence)",
                                         example = "GR201943000123") String certificateNumber,
                                 @Schema(description = "First day of the certificate's validity") LocalDate validFrom,
                                 @Schema(description = "Last day of the certificate's validity") LocalDate validTo) {
        EnterpriseClassification.Grant toGrant() {
            return new EnterpriseClassification.Grant(uscc, type, year, certificateNumber, validFrom, validTo);
        }
    }

    /** One chain membership of a file. */
    @Schema(name = "ChainMembershipRow", description = "One chain membership of an import", example = """
            {"uscc": "91430112MA4L0A0B1X", "chainCode": "ELECTRONIC_INFORMATION", "validFrom": "2019-07-01"}""")
    public record MembershipRow(@NotBlank @Size(max = 18) @Schema(description = Schemas.USCC,
                                        pattern = Schemas.USCC_PATTERN, example = Schemas.USCC_EXAMPLE) String uscc,
                                @NotBlank @Size(max = 48) @Schema(description = "Chain code, GET /api/v1/registry/chains",
                                        example = "ELECTRONIC_INFORMATION") String chainCode,
                                @NotNull @Schema(description = "The first day of the membership", example = "2019-07-01")
                                LocalDate validFrom) {
        EnterpriseClassification.Membership toMembership() {
            return new EnterpriseClassification.Membership(uscc, chainCode, validFrom);
        }
    }

    private final EnterpriseClassification classification;
    private final BulkUploads uploads;

    public ClassificationImportResource(EnterpriseClassification classification, BulkUploads uploads) {
        this.classification = classification;
        this.uploads = uploads;
    }

    @POST
    @Path("/designations")
    @Operation(operationId = "importDesignations", summary = "Grant up to 10,000 designations at once",
            description = "E.g. the yearly 规模以上 register; one parksuite.enterprise.designation-granted.v1 per row."
                    + UPLOAD)
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Invalid rows, each named rows[n].field; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response grant(@RequestBody(required = true, content = {
                                  @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                                          implementation = DesignationRow.class, maxItems = BulkUploads.MAX_ROWS)),
                                  @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                                          description = Schemas.CSV, example = "uscc,type,year,certificateNumber\n"
                                                  + "91430112MA4L0A0B1X,HIGH_TECH,2019,GR201943000123\n"))})
                          String body,
                          @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                          @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, DesignationRow.class, DesignationRow::toGrant,
                classification::grantAll);
    }

    @POST
    @Path("/chain-memberships")
    @Operation(operationId = "importChainMemberships", summary = "Add up to 10,000 chain memberships at once",
            description = "E.g. a chain survey; one parksuite.enterprise.updated.v1 (changedFields [chains]) per "
                    + "enterprise." + UPLOAD)
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Invalid rows, each named rows[n].field; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response join(@RequestBody(required = true, content = {
                                 @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                                         implementation = MembershipRow.class, maxItems = BulkUploads.MAX_ROWS)),
                                 @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                                         description = Schemas.CSV, example = "uscc,chainCode,validFrom\n"
                                                 + "91430112MA4L0A0B1X,ELECTRONIC_INFORMATION,2019-07-01\n"))})
                         String body,
                         @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, MembershipRow.class, MembershipRow::toMembership,
                classification::joinChains);
    }
}
