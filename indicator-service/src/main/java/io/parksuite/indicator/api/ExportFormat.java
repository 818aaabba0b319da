package io.parksuite.indicator.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The spreadsheet format of an export. */
@Schema(name = "ExportFormat", description = "csv (UTF-8 with a byte-order mark) or xlsx")
public enum ExportFormat {
    @JsonProperty("csv") CSV,
    @JsonProperty("xlsx") XLSX
}
