package io.parksuite.platform.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The outcome of a bulk request: rows received, rows written, and every row's errors. */
@Schema(name = "BulkReport", example = """
        {"received": 10000, "imported": 10000, "errors": []}""")
public record BulkReport(int received, int imported, List<RowError> errors) {
}
