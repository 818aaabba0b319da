package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an indicator's figures come from; one schema for every figure, ranking and catalogue entry. */
@Schema(name = "IndicatorSource", description = "Where the figures come from: REPORTS (summed from enterprises' "
        + "monthly reports), OFFICIAL (published by the statistics bureau), PROJECTS, APPROVALS or REGISTRY (copies "
        + "kept from events)")
public enum IndicatorSource {
    REPORTS, OFFICIAL, PROJECTS, APPROVALS, REGISTRY
}
