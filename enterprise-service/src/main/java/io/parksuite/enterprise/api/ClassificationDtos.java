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

    @Schema(name = "ChainMembershipRequest", example = """
            {"chainCode": "ELECTRONIC_INFORMATION", "validFrom": "2019-07-01"}""")
    public record JoinChain(@NotBlank @Size(max = 48) String chainCode, @NotNull LocalDate validFrom) {
    }

    @Schema(name = "ChainMembershipEnd", example = """
            {"validTo": "2026-12-31"}""")
    public record LeaveChain(@NotNull LocalDate validTo) {
    }

    @Schema(name = "ChainMembership", example = """
            {"chainCode": "ELECTRONIC_INFORMATION", "validFrom": "2019-07-01", "validTo": null}""")
    public record Membership(String chainCode, LocalDate validFrom, LocalDate validTo) {
        static Membership of(ChainMembership m) {
            return new Membership(m.chainCode, m.validFrom, m.validTo);
        }
    }

    @Schema(name = "DesignationRequest", example = """
            {"type": "HIGH_TECH", "year": 2019, "certificateNumber": "GR201943000123",
             "validFrom": "2019-09-20", "validTo": "2022-09-19"}""")
    public record Grant(@NotBlank @Size(max = 48) String type,
                        @Min(1980) @Max(2100) int year,
                        @Size(max = 64) String certificateNumber,
                        LocalDate validFrom,
                        LocalDate validTo) {
    }

    @Schema(name = "Designation", example = """
            {"type": "HIGH_TECH", "year": 2019, "certificateNumber": "GR201943000123", "validFrom": "2019-09-20",
             "validTo": "2022-09-19", "grantedAt": "2026-11-27T08:00:00Z"}""")
    public record Held(String type, int year, String certificateNumber, LocalDate validFrom, LocalDate validTo,
                       OffsetDateTime grantedAt) {
        static Held of(Designation d) {
            return new Held(d.typeCode, d.year, d.certificateNumber, d.validFrom, d.validTo, d.grantedAt);
        }
    }
}
