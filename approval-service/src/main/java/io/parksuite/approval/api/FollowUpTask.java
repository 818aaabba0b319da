package io.parksuite.approval.api;

import io.parksuite.approval.domain.FollowUpKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A follow-up task as the desk lists it and as each follow-up step answers it. */
@Schema(name = "FollowUpTask", description = "Work that follows a decision or a rating: a 告知承诺 post-check, a "
        + "先建后验 verification or a 差评 rectification")
public record FollowUpTask(
        @Schema(description = "The follow-up task's id", required = true) UUID id,
        @Schema(description = "The application it follows", required = true) UUID applicationId,
        @Schema(description = "POST_CHECK (告知承诺核查), VERIFICATION (先建后验) or RECTIFICATION (差评整改)",
                required = true) FollowUpKind kind,
        @Schema(description = "The department that does it", examples = "market-regulation", required = true)
        String department,
        @Schema(description = "The investment project, for a 先建后验 verification") UUID projectId,
        @Schema(description = "When it is due", required = true) LocalDate dueOn,
        @Schema(description = "Its state: OPEN (check not yet done), RECTIFYING (the check failed; rectification due "
                + "by rectificationDueOn), PASSED, REVOKED (the approval is revoked, 撤销), WAIVED (waived by a park "
                + "admin), CLOSED (a 差评整改 rectification closed)", examples = "OPEN",
                required = true) String status,
        @Schema(description = "What to do", examples = "差评整改：窗口等候时间过长") String note,
        @Schema(description = "When it was opened", required = true) OffsetDateTime createdAt,
        @Schema(description = "The item whose commitment or verification this is", examples = "XF-001")
        String itemCode,
        @Schema(description = "Whether a check of it failed (RECTIFYING reached, or REVOKED)") Boolean failed,
        @Schema(description = "By when a failed check must be rectified (working days)") LocalDate rectificationDueOn,
        @Schema(description = "The outcome, waiver or revocation reason, or what a closed rectification did",
                examples = "消防验收不合格：疏散通道宽度不足") String reason,
        @Schema(description = "When it was passed, revoked, waived or closed") OffsetDateTime concludedAt,
        @Schema(description = "The officer a 差评整改 rectification is assigned to", examples = "zhang.wei")
        String assignee,
        @Schema(description = "The applicant's new rating after the rectification closed (the first one stays on "
                + "the application)", minimum = "1", maximum = "5", examples = "4") Integer reratingScore,
        @Schema(description = "The new rating's comment", examples = "整改后办理顺畅") String reratingComment,
        @Schema(description = "When the applicant rated again") OffsetDateTime reratedAt,
        @Schema(description = "Rises by one with every change (as in follow-up-changed)", examples = "2")
        Long version) {
    public static FollowUpTask of(io.parksuite.approval.domain.FollowUpTask t) {
        return new FollowUpTask(t.id, t.applicationId, t.kind, t.department, t.projectId, t.dueOn,
                t.status.name(), t.note, t.createdAt, t.itemCode, t.failed, t.rectificationDueOn, t.reason,
                t.concludedAt, t.assignee, t.reratingScore, t.reratingComment, t.reratedAt, t.version);
    }
}
