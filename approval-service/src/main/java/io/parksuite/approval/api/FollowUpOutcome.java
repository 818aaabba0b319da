package io.parksuite.approval.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a 告知承诺 post-check or 先建后验 verification found. */
@Schema(description = "What a post-check (告知承诺核查) or verification (先建后验验收) found: PASSED; RECTIFICATION_REQUIRED "
        + "(the check failed, e.g. 消防验收不合格: rectify within the given working days); REVOKED (the approval is "
        + "revoked, 撤销)")
public enum FollowUpOutcome {
    PASSED,
    RECTIFICATION_REQUIRED,
    REVOKED
}
