package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an indicator is a month's (or point-in-time) figure or a year-to-date one. */
@Schema(name = "PeriodType", description = "MONTH: a point-in-time or monthly figure (当月); YEAR_TO_DATE: 1–X月累计")
public enum PeriodType {
    MONTH, YEAR_TO_DATE
}
