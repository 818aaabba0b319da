package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.EnterpriseStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The body of {@code POST /api/v1/enterprises/{uscc}/status-changes}. */
@Schema(name = "StatusChangeRequest", description = "A move of an enterprise to another lifecycle status",
        example = """
        {"status": "RELOCATED_OUT", "effectiveOn": "2026-10-31", "reason": "迁往长沙县"}""")
public record StatusChangeRequest(
        @NotNull @Schema(description = "The new status: ACTIVE, RELOCATED_OUT (迁出) or DEREGISTERED (注销)")
        EnterpriseStatus status,
        @NotNull @PastOrPresent @Schema(description = "The day the change took effect, not in the future",
                example = "2026-10-31") LocalDate effectiveOn,
        @NotBlank @Size(max = 300) @Schema(description = "Why the status changes", example = "迁往长沙县")
        String reason) {
}
