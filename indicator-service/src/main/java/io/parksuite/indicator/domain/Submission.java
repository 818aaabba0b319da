package io.parksuite.indicator.domain;

/** One checked report to be stored: row 1 for a single submission, the row number in a bulk request. */
public record Submission(int row, String uscc, Period period, ReportStatus status, ReportFigures figures) {
}
