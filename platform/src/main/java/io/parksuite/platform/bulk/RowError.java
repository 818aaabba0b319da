package io.parksuite.platform.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is wrong with one row of a bulk request; rows are numbered from 1, as a spreadsheet shows them. */
@Schema(name = "RowError", description = "What is wrong with one row of a bulk request", example = """
        {"row": 12, "field": "uscc", "message": "check character mismatch: expected 3 as the 18th character"}""")
public record RowError(
        @Schema(description = "The row's number, from 1 (the first data row; a CSV header is not counted)", minimum = "1",
                required = true)
        int row,
        @Schema(description = "The field of the row that is wrong") String field,
        @Schema(description = "What is wrong with it", required = true) String message) {
}
