package io.parksuite.indicator.domain;

import java.math.BigDecimal;

/**
 * The figures summed into a rollup cell: how many enterprises reported, and their output value
 * (工业总产值), sales output (销售产值), main-business revenue, tax (税收), employees, energy use and
 * export delivery value (出口交货值).
 */
public record Measures(int enterprises, BigDecimal outputValue, BigDecimal salesOutput, BigDecimal revenue,
                       BigDecimal tax, long employees, BigDecimal energy, BigDecimal exportValue) {

    public static final Measures ZERO = new Measures(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    public static Measures ofReport(ReportFigures figures) {
        return new Measures(1, figures.outputValueYuan(), figures.salesOutputYuan(), figures.revenueYuan(),
                figures.taxYuan(), figures.employees(),
                figures.energyTce() == null ? BigDecimal.ZERO : figures.energyTce(), figures.exportValueYuan());
    }

    public Measures plus(Measures other) {
        return new Measures(enterprises + other.enterprises, outputValue.add(other.outputValue),
                salesOutput.add(other.salesOutput), revenue.add(other.revenue), tax.add(other.tax),
                employees + other.employees, energy.add(other.energy), exportValue.add(other.exportValue));
    }

    public Measures minus(Measures other) {
        return new Measures(enterprises - other.enterprises, outputValue.subtract(other.outputValue),
                salesOutput.subtract(other.salesOutput), revenue.subtract(other.revenue), tax.subtract(other.tax),
                employees - other.employees, energy.subtract(other.energy), exportValue.subtract(other.exportValue));
    }

    public boolean isZero() {
        return enterprises == 0 && outputValue.signum() == 0 && salesOutput.signum() == 0 && revenue.signum() == 0
                && tax.signum() == 0 && employees == 0 && energy.signum() == 0 && exportValue.signum() == 0;
    }

    /** The value of one report-based measure. */
    public BigDecimal value(Measure measure) {
        return switch (measure) {
            case OUTPUT_VALUE -> outputValue;
            case SALES_OUTPUT -> salesOutput;
            case REVENUE -> revenue;
            case TAX -> tax;
            case EXPORT_VALUE -> exportValue;
            case EMPLOYEES -> BigDecimal.valueOf(employees);
            case ENTERPRISES -> BigDecimal.valueOf(enterprises);
        };
    }

    /** What an enterprise report carries, as summed in the rollup. */
    public enum Measure {
        OUTPUT_VALUE(true), SALES_OUTPUT(true), REVENUE(true), TAX(true), EXPORT_VALUE(true), EMPLOYEES(false),
        ENTERPRISES(false);

        /** Flows add up over the months of a year; stocks (employees, counts) take the month's value. */
        public final boolean flow;

        Measure(boolean flow) {
            this.flow = flow;
        }
    }
}
