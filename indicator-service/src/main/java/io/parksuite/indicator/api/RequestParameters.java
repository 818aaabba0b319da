package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Period;
import io.parksuite.platform.problem.ProblemException;

import java.util.Locale;

/**
 * Reads the domain values the indicator resources take as text parameters, answering 422
 * problem+json that names the parameter when a value is not one.
 */
final class RequestParameters {

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
}
