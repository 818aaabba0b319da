package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.ChainMembership;
import io.parksuite.enterprise.domain.Designation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Request and response records of an enterprise's chain memberships and designations. */
public final class ClassificationDtos {

    private ClassificationDtos() {
    }

    @Schema(name = "ChainMembershipRequest", description = "An industry chain an enterprise joins from a day", example = """
            {"chainCode": "ELECTRONIC_INFORMATION", "validFrom": "2019-07-01"}""")
    public record JoinChain(@NotBlank @Size(max = 48) @Schema(description = "Chain code, GET /api/v1/registry/chains",
                                    example = "ELECTRONIC_INFORMATION") String chainCode,
                            @NotNull @Schema(description = "The first day of the membership", example = "2019-07-01")
                            LocalDate validFrom) {
    }

    @Schema(name = "ChainMembershipEnd", description = "The day a membership ends", example = """
            {"validTo": "2026-12-31"}""")
    public record LeaveChain(@NotNull @Schema(description = "The last day of the membership, not before it began",
            example = "2026-12-31") LocalDate validTo) {
    }

    @Schema(name = "ChainMembership", description = "An enterprise's membership of an industry chain (产业链)", example = """
            {"chainCode": "ELECTRONIC_INFORMATION", "validFrom": "2019-07-01"}""")
    public record Membership(@Schema(required = true, description = "Chain code", example = "ELECTRONIC_INFORMATION") String chainCode,
                             @Schema(required = true, description = "The first day") LocalDate validFrom,
                             @Schema(description = "The last day; absent while the membership lasts") LocalDate validTo) {
        static Membership of(ChainMembership m) {
            return new Membership(m.chainCode, m.validFrom, m.validTo);
        }
    }

    @Schema(name = "DesignationRequest", description = "A designation granted to an enterprise for a year", example = """
            {"type": "HIGH_TECH", "year": 2019, "certificateNumber": "GR201943000123",
             "validFrom": "2019-09-20", "validTo": "2022-09-19"}""")
    public record Grant(@NotBlank @Size(max = 48) @Schema(description = "Designation type code, "
                                + "GET /api/v1/registry/designation-types", example = "HIGH_TECH") String type,
                        @Min(1980) @Max(2100) @Schema(description = "The year it is held for", example = "2019") int year,
                        @Size(max = 64) @Schema(description = "The certificate's number (evidence)",
                                example = "GR201943000123") String certificateNumber,
                        @Schema(description = "First day of the certificate's validity") LocalDate validFrom,
                        @Schema(description = "Last day of the certificate's validity") LocalDate validTo) {
    }

    @Schema(name = "Designation", description = "A designation an enterprise holds for a year (规上, 高新, …)", example = """
            {"type": "HIGH_TECH", "year": 2019, "certificateNumber": "GR201943000123", "validFrom": "2019-09-20",
             "validTo": "2022-09-19", "grantedAt": "2026-11-27T08:00:00Z"}""")
    public record Held(@Schema(required = true, description = "Designation type code", example = "HIGH_TECH") String type,
                       @Schema(required = true, description = "The year it is held for", example = "2019") int year,
                       @Schema(description = "The certificate's number", example = "GR201943000123") String certificateNumber,
                       @Schema(description = "First day of the certificate's validity") LocalDate validFrom,
                       @Schema(description = "Last day of the certificate's validity") LocalDate validTo,
                       @Schema(required = true, description = "When it was recorded") OffsetDateTime grantedAt) {
        static Held of(Designation d) {
            return new Held(d.typeCode, d.year, d.certificateNumber, d.validFrom, d.validTo, d.grantedAt);
        }
    }
}
