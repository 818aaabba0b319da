package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a cell of the figures is grouped by: the park itself, or a chain, designation or street. */
@Schema(name = "CellDimension", description = "What a cell is grouped by: PARK (the park itself), CHAIN (产业链), "
        + "DESIGNATION (e.g. high-tech) or STREET (街道)")
public enum CellDimension {
    PARK, CHAIN, DESIGNATION, STREET
}
