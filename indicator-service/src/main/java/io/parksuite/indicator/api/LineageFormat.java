package io.parksuite.indicator.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The format of a lineage: JSON for systems, an XLSX workbook with Chinese titles for people. */
@Schema(name = "LineageFormat", description = "json (default) or xlsx (a workbook with Chinese sheet titles and "
        + "column headers)")
public enum LineageFormat {
    @JsonProperty("json") JSON,
    @JsonProperty("xlsx") XLSX
}
