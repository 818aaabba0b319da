package io.parksuite.platform.calendar;

/**
 * How an official notice classifies a calendar date: a public holiday (法定节假日/放假) or a
 * make-up workday (调休上班) that falls on a weekend.
 */
public enum DayType {
    HOLIDAY,
    WORKDAY
}
