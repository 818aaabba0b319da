package io.parksuite.indicator.domain;

import java.util.Optional;

/**
 * The catalogue's indicators that are summed from enterprise reports, with the scope (口径) and
 * measure each is summed over; high-tech enterprises are counted in their designation's cell.
 */
public enum ReportIndicator {
    INDUSTRIAL_OUTPUT(Cell.Scope.ABOVE_SCALE, Measures.Measure.OUTPUT_VALUE, null),
    SALES_OUTPUT(Cell.Scope.ABOVE_SCALE, Measures.Measure.SALES_OUTPUT, null),
    EXPORT_DELIVERY_VALUE(Cell.Scope.ABOVE_SCALE, Measures.Measure.EXPORT_VALUE, null),
    MAIN_REVENUE(Cell.Scope.ABOVE_SCALE, Measures.Measure.REVENUE, null),
    TAX(Cell.Scope.ALL, Measures.Measure.TAX, null),
    EMPLOYEES(Cell.Scope.ABOVE_SCALE, Measures.Measure.EMPLOYEES, null),
    ABOVE_SCALE_ENTERPRISES(Cell.Scope.ABOVE_SCALE, Measures.Measure.ENTERPRISES, null),
    HIGH_TECH_ENTERPRISES(Cell.Scope.ALL, Measures.Measure.ENTERPRISES, "HIGH_TECH");

    public final Cell.Scope scope;
    public final Measures.Measure measure;
    /** When set, the park figure is the cell of this designation rather than the park total. */
    public final String designation;

    ReportIndicator(Cell.Scope scope, Measures.Measure measure, String designation) {
        this.scope = scope;
        this.measure = measure;
        this.designation = designation;
    }

    public static Optional<ReportIndicator> of(String code) {
        for (ReportIndicator indicator : values()) {
            if (indicator.name().equals(code)) {
                return Optional.of(indicator);
            }
        }
        return Optional.empty();
    }

    /** The dimension of the cell that is this indicator's park figure. */
    public Cell.Dimension parkDimension() {
        return designation == null ? Cell.Dimension.PARK : Cell.Dimension.DESIGNATION;
    }

    /** The member of the cell that is this indicator's park figure. */
    public String parkMember() {
        return designation == null ? Cell.PARK : designation;
    }

    /** Counts are not confidential; sums of enterprise figures are. */
    public boolean confidential() {
        return measure != Measures.Measure.ENTERPRISES;
    }
}
