package io.parksuite.indicator.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the dashboard is read from: the maintained rollup, or the reports summed again. */
@Schema(name = "DashboardSource", description = "rollup (the maintained rollup) or facts (summed again from the "
        + "current reports)")
public enum DashboardSource {
    @JsonProperty("rollup") ROLLUP,
    @JsonProperty("facts") FACTS
}
