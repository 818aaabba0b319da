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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
@Tag(name = "Enterprise designations")
@RolesAllowed(EnterpriseRoleSets.REGISTRARS)
@APIResponse(responseCode = "200", description = "What was received and stored",
        content = @Content(schema = @Schema(implementation = BulkReport.class)))
@APIResponse(responseCode = "422", description = "Invalid rows, named rows[n].field; nothing was written",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClassificationImportResource {

    /** One designation of a file. */
    @Schema(name = "DesignationRow")
    public record DesignationRow(@NotBlank @Size(max = 18) String uscc, @NotBlank @Size(max = 48) String type,
                                 @NotNull @Min(1980) @Max(2100) Integer year, @Size(max = 64) String certificateNumber,
                                 LocalDate validFrom, LocalDate validTo) {
        EnterpriseClassification.Grant toGrant() {
            return new EnterpriseClassification.Grant(uscc, type, year, certificateNumber, validFrom, validTo);
        }
    }

    /** One chain membership of a file. */
    @Schema(name = "ChainMembershipRow")
    public record MembershipRow(@NotBlank @Size(max = 18) String uscc, @NotBlank @Size(max = 48) String chainCode,
                                @NotNull LocalDate validFrom) {
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
    @Operation(summary = "Grant up to 10,000 designations at once",
            description = "E.g. the yearly 规模以上 register; one designation-granted event per row.")
    public Response grant(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                          @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, DesignationRow.class, DesignationRow::toGrant,
                classification::grantAll);
    }

    @POST
    @Path("/chain-memberships")
    @Operation(summary = "Add up to 10,000 chain memberships at once", description = "One updated event per enterprise.")
    public Response join(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, MembershipRow.class, MembershipRow::toMembership,
                classification::joinChains);
    }
}
