package io.parksuite.indicator.domain.growth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an enterprise stands against a programme's criteria. */
@Schema(name = "GrowthStanding", description = "MEETS: every criterion met; NEAR: every unmet criterion within its margin; NONE: neither")
public enum Standing {
    /** Every criterion is met. */
    MEETS,
    /** Every unmet criterion is within its margin: a candidate to cultivate. */
    NEAR,
    /** Neither. */
    NONE
}
