package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which page of a lineage's contributors an answer holds, and how many there are in all. */
@Schema(name = "ContributorPage", description = "The page of contributors this lineage holds (by USCC, page 0 "
        + "first); ask for the next page with page=page+1 until page × size ≥ total",
        example = "{\"page\": 0, \"size\": 20, \"total\": 186}")
public record ContributorPageResponse(
        @Schema(description = "This page's number, from 0", example = "0", required = true) int page,
        @Schema(description = "Contributors per page", example = "20", required = true) int size,
        @Schema(description = "Contributors in the whole lineage (totals.contributors)", example = "186",
                required = true) long total) {
}
