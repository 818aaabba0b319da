package io.parksuite.indicator.domain.growth;

/**
 * A criterion an enterprise does not meet, with the threshold and its own value as text;
 * {@code near} when it is within the criterion's margin.
 */
public record Shortfall(String criterion, String required, String actual, boolean near) {

    public static final String AGE = "AGE";
    public static final String REVENUE_FLOOR = "REVENUE_FLOOR";
    public static final String GROWTH = "GROWTH";
    public static final String RD_INTENSITY = "RD_INTENSITY";
    public static final String SECTOR = "SECTOR";
    public static final String VALUATION = "VALUATION";
    public static final String DATA = "DATA";

    public static Shortfall hard(String criterion, String required, String actual) {
        return new Shortfall(criterion, required, actual, false);
    }
}
