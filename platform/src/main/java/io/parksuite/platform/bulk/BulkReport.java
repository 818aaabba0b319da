package io.parksuite.platform.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The outcome of a bulk request: rows received, rows written, and every row's errors. */
@Schema(name = "BulkReport", description = "The outcome of a bulk request: rows received, rows written, every refused row", example = """
        {"received": 10000, "imported": 10000, "errors": []}""")
public record BulkReport(
        @Schema(description = "Rows in the request", minimum = "0", required = true) int received,
        @Schema(description = "Rows written (0 when an all-or-nothing request had an invalid row)", minimum = "0",
                required = true)
        int imported,
        @Schema(description = "Every refused row with what is wrong with it", required = true) List<RowError> errors) {
}
