package io.parksuite.approval.domain;

/** Where an application (办件) stands in its lifecycle. */
public enum ApplicationStatus {
    /** 草稿: prepared (e.g. pre-filled for a signed project), not yet handed in. */
    DRAFT,
    /** 接件: handed in, awaiting the acceptance decision. */
    SUBMITTED,
    /** 补正: the applicant was asked, once, to complete the materials. */
    SUPPLEMENT_REQUESTED,
    /** 审查中: accepted (受理 or 容缺受理); department tasks run in parallel. */
    IN_REVIEW,
    /** 特别程序: hearing, testing or expert review; the clock is paused. */
    SPECIAL_PROCEDURE,
    /** 准予: approved. */
    APPROVED,
    /** 不予许可: denied. */
    DENIED,
    /** 不予受理: not accepted, with reason and written notice. */
    NOT_ACCEPTED,
    /** 送达: the decision was delivered. */
    DELIVERED,
    /** 归档. */
    ARCHIVED,
    /** 撤回: withdrawn by the applicant. */
    WITHDRAWN;

    public boolean isOpen() {
        return this == SUBMITTED || this == SUPPLEMENT_REQUESTED || this == IN_REVIEW || this == SPECIAL_PROCEDURE;
    }
}
