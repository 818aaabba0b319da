package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Period;
import io.parksuite.platform.problem.ProblemException;

import java.util.Locale;

/**
 * Reads the domain values the indicator resources take as text parameters, answering 422
 * problem+json that names the parameter when a value is not one; the descriptions and patterns
 * their OpenAPI parameters share.
 */
final class RequestParameters {

    static final String USCC = "统一社会信用代码 (USCC) of the enterprise";
    static final String USCC_PATTERN = "^[0-9A-HJ-NPQRTUWXY]{18}$";
    static final String PERIOD = "The period, YYYY-MM: 02 is 1–2月 (January is not a period of its own)";
    static final String PERIOD_PATTERN = "^(199[0-9]|20[0-9]{2}|2100)-(0[2-9]|1[0-2])$";
    static final String INDICATOR = "An indicator code of the catalogue, e.g. INDUSTRIAL_OUTPUT, TAX, SALES_OUTPUT";
    static final String NOT_RELEASED = "The period's figures are not officially released yet (every role but "
            + "statistician and park-admin)";
    static final String SPLIT = "What the cells are grouped by: industry chain, designation or street";

    private RequestParameters() {
    }

    /** The period {@code YYYY-MM} given as parameter {@code field}. */
    static Period period(String text, String field) {
        Period.Result parsed = Period.parse(text);
        if (parsed.period() == null) {
            throw ProblemException.invalidField(field, parsed.error());
        }
        return parsed.period();
    }

    /** The dimension given as parameter {@code dimension}, in any case. */
    static Cell.Dimension dimension(String text) {
        try {
            return Cell.Dimension.valueOf(text == null ? "" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("dimension", "must be PARK, CHAIN, DESIGNATION or STREET");
        }
    }

    /** The dimension of a breakdown: CHAIN, DESIGNATION or STREET (the park is its total). */
    static Cell.Dimension breakdownDimension(String text) {
        Cell.Dimension split = dimension(text);
        if (split == Cell.Dimension.PARK) {
            throw ProblemException.invalidField("dimension", "must be CHAIN, DESIGNATION or STREET");
        }
        return split;
    }
}
