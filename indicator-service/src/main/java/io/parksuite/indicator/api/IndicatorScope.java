package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 口径: which enterprises an indicator counts. */
@Schema(name = "IndicatorScope", description = "口径: ABOVE_SCALE (规上, that year's above-scale set) or ALL (全口径)")
public enum IndicatorScope {
    ABOVE_SCALE, ALL
}
