package io.parksuite.indicator.domain;

/** 快报 (preliminary) figures are replaced by 年报/正式 (final) ones; a final report is only revised by another final one. */
public enum ReportStatus { PRELIMINARY, FINAL }
