package io.parksuite.approval.domain;

/** 即办件 (decided on the spot) or 承诺件 (decided within a promised number of working days). */
public enum HandlingMode {
    /** 即办件. */
    IMMEDIATE,
    /** 承诺件. */
    PROMISED
}
