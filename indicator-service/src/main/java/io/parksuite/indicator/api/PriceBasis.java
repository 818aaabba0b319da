package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The prices a money indicator's growth is computed at. */
@Schema(name = "PriceBasis", description = "Price basis: CURRENT (现价), COMPARABLE (可比价, growth at comparable "
        + "prices) or NONE (not money)")
public enum PriceBasis {
    CURRENT, COMPARABLE, NONE
}
