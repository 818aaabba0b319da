package io.parksuite.platform.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is wrong with one row of a bulk request; rows are numbered from 1, as a spreadsheet shows them. */
@Schema(name = "RowError", example = """
        {"row": 12, "field": "uscc", "message": "check character mismatch: expected 3 as the 18th character"}""")
public record RowError(int row, String field, String message) {
}
