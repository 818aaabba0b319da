package io.parksuite.project.api;

import io.parksuite.project.domain.FollowUp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A follow-up of one of the project's applications, as the approval desk last reported it. */
@Schema(name = "ProjectFollowUp", description = "A follow-up task of one of the project's applications (告知承诺 "
        + "post-check, 先建后验 verification, 差评整改 rectification) as the approval desk last reported it", example = """
        {"followUpId": "5d1f7a2e-3c4b-4e8f-9a0b-1c2d3e4f5a6b", "applicationId": "8e2a9c1d-0b3f-4a5e-8c7d-6f5e4d3c2b1a",
         "referenceNumber": "WC2019-KG-0701", "bundleCode": "industrial-construction", "itemCode": "ZJ-001",
         "kind": "VERIFICATION", "department": "housing-construction", "status": "RECTIFYING", "failed": true,
         "dueOn": "2019-09-01", "rectificationDueOn": "2019-09-30", "reason": "消防验收不合格",
         "openedAt": "2019-07-08T02:00:00Z", "version": 3, "blocksProduction": true}""")
public record FollowUpResponse(
        @Schema(required = true, description = "The follow-up's id at the approval desk") UUID followUpId,
        @Schema(required = true, description = "The application it follows up") String applicationId,
        @Schema(description = "The application's reference number (办件编号)") String referenceNumber,
        @Schema(description = "The bundle (一件事) of the application") String bundleCode,
        @Schema(description = "The item whose commitment or verification this is") String itemCode,
        @Schema(required = true, description = "POST_CHECK (告知承诺), VERIFICATION (先建后验), RECTIFICATION (差评整改)")
        FollowUp.Kind kind,
        @Schema(description = "The department that checks") String department,
        @Schema(required = true, description = "OPEN, RECTIFYING (a check failed, rectification due), PASSED, REVOKED "
                + "(the approval is revoked, 撤销), WAIVED, CLOSED") FollowUp.Status status,
        @Schema(required = true, description = "Whether any check of it failed (rectifying ever, or revoked)")
        boolean failed,
        @Schema(description = "The current deadline") LocalDate dueOn,
        @Schema(description = "While RECTIFYING: the rectification deadline") LocalDate rectificationDueOn,
        @Schema(description = "Outcome, waiver or revocation reason") String reason,
        @Schema(description = "When the desk opened it") OffsetDateTime openedAt,
        @Schema(description = "When it concluded (PASSED, REVOKED, WAIVED, CLOSED)") OffsetDateTime concludedAt,
        @Schema(required = true, description = "The desk's version of the follow-up") long version,
        @Schema(required = true, description = "Whether it keeps the project from 投产: a VERIFICATION that is OPEN, "
                + "RECTIFYING or REVOKED") boolean blocksProduction) {

    public static FollowUpResponse of(FollowUp f) {
        return new FollowUpResponse(f.followUpId, f.applicationId, f.referenceNumber, f.bundleCode, f.itemCode, f.kind,
                f.department, f.status, f.failed, f.dueOn, f.rectificationDueOn, f.reason, f.openedAt, f.concludedAt,
                f.version, f.blocksProduction());
    }
}
