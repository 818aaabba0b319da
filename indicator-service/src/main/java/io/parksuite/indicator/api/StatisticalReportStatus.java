package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report revision's standing: one schema for what a client sends and what it reads back. */
@Schema(name = "StatisticalReportStatus", description = "PRELIMINARY (初报) or FINAL (终报); a final report is "
        + "revised only by another final one")
public enum StatisticalReportStatus {
    PRELIMINARY, FINAL
}
