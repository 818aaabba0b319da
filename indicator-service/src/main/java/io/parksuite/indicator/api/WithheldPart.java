package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What of a cell disclosure control withholds: the whole cell, or one of its growth rates and the base behind it. */
@Schema(name = "WithheldPart", description = "What is withheld from roles that may not see enterprise figures: "
        + "FIGURES (the whole cell), SAME_SCOPE_GROWTH (the growth on the same-scope base 同口径 and that base), "
        + "LAST_YEAR_GROWTH (the growth against last year's published set)")
public enum WithheldPart {
    FIGURES, SAME_SCOPE_GROWTH, LAST_YEAR_GROWTH
}
