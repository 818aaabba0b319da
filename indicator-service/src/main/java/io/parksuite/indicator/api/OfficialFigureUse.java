package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an official record was used for in a figure. */
@Schema(name = "OfficialFigureUse", description = "OWN (this park's record of the period: year to date and growth), "
        + "OWN_PREVIOUS_MONTH (the month before: the month's value is the difference), PEER (a peer park's record: "
        + "the rank)")
public enum OfficialFigureUse {
    OWN, OWN_PREVIOUS_MONTH, PEER
}
