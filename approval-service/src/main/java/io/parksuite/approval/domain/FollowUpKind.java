package io.parksuite.approval.domain;

/** Work that follows a decision or a rating. */
public enum FollowUpKind {
    /** 告知承诺 post-check: verify the commitments the approval relied on. */
    POST_CHECK,
    /** 先建后验 verification of the project built before final approval. */
    VERIFICATION,
    /** 差评整改: rectification after a bad rating, due in 15 working days. */
    RECTIFICATION
}
