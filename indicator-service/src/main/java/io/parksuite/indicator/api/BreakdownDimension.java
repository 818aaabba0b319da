package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a breakdown splits the park by; the park itself is the breakdown's total, not a split. */
@Schema(name = "BreakdownDimension", description = "What a breakdown splits the park by: CHAIN (产业链), DESIGNATION "
        + "(e.g. high-tech) or STREET (街道)")
public enum BreakdownDimension {
    CHAIN, DESIGNATION, STREET
}
