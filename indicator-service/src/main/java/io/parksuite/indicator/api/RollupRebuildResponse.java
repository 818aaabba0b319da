package io.parksuite.indicator.api;

import io.parksuite.indicator.service.RollupRebuild;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rebuild of the rollup from the facts recomputed, and how long it took. */
@Schema(name = "RollupRebuild", description = "What a rebuild of the rollup recomputed",
        requiredProperties = {"enterprises", "reports", "cells", "millis"}, example = """
        {"enterprises": 182, "reports": 2002, "cells": 1460, "millis": 5400}""")
public record RollupRebuildResponse(
        @Schema(description = "Enterprises whose reports were summed") int enterprises,
        @Schema(description = "Current report revisions summed") long reports,
        @Schema(description = "Rollup cells written") int cells,
        @Schema(description = "Duration in milliseconds") long millis) {

    static RollupRebuildResponse of(RollupRebuild.Result result) {
        return new RollupRebuildResponse(result.enterprises(), result.reports(), result.cells(), result.millis());
    }
}
