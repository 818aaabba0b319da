package io.parksuite.approval.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The special procedures (特别程序) that pause an application's clocks. */
@Schema(description = "A special procedure (特别程序): a hearing, testing, expert review or on-site inspection")
public enum SpecialProcedureKind {
    HEARING,
    TESTING,
    EXPERT_REVIEW,
    ON_SITE_INSPECTION
}
