package io.parksuite.platform.calendar;

/**
 * Thrown when working days would be counted on a date before the first year a holiday notice is
 * loaded for: no State Council notice says which of its days were holidays or make-up workdays, so
 * counting weekends only would give a wrong answer without saying so.
 */
public final class UncoveredYearException extends IllegalArgumentException {

    private final int year;
    private final int firstCoveredYear;

    UncoveredYearException(int year, int firstCoveredYear) {
        super("no holiday notice covers " + year + ": working days can be counted from " + firstCoveredYear + " on");
        this.year = year;
        this.firstCoveredYear = firstCoveredYear;
    }

    /** The year that no notice covers. */
    public int year() {
        return year;
    }

    /** The first year a notice is loaded for. */
    public int firstCoveredYear() {
        return firstCoveredYear;
    }
}
