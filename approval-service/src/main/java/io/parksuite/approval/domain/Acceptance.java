package io.parksuite.approval.domain;

/** How an application came to be accepted. */
public enum Acceptance {
    /** 受理. */
    ACCEPTED,
    /** 容缺受理. */
    ACCEPTED_WITH_DEFICIENCY,
    /** 视为受理: no 补正 notice within 5 working days. */
    DEEMED_ACCEPTED
}
