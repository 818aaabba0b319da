package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.EnterpriseStatus;
import io.parksuite.enterprise.service.EnterpriseSearch;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The query parameters that select enterprises, shared by the search and the CSV export. Each is
 * bounded, so no request makes the database compare against an arbitrarily long term.
 */
public class EnterpriseFilters {

    /** A name fragment longer than any registered name (200 characters) cannot match: refused, not searched. */
    static final int MAX_NAME_FRAGMENT = 200;
    /** The longest reference code (street, chain, designation and platform type codes). */
    static final int MAX_CODE = 48;
    private static final Pattern INDUSTRY_PREFIX = Pattern.compile("\\d{0,4}");

    @QueryParam("q")
    @Parameter(description = "Fragment of the Chinese name, at most 200 characters")
    public String q;

    @QueryParam("street")
    @Parameter(description = "Street code")
    public String street;

    @QueryParam("status")
    @Parameter(description = "ACTIVE, RELOCATED_OUT or DEREGISTERED")
    public String status;

    @QueryParam("industry")
    @Parameter(description = "GB/T 4754 code prefix of 1 to 4 digits, e.g. 39")
    public String industry;

    @QueryParam("chain")
    @Parameter(description = "Industry chain held today")
    public String chain;

    @QueryParam("designation")
    @Parameter(description = "Designation type held")
    public String designation;

    @QueryParam("designationYear")
    @Parameter(description = "Year of the designation")
    public String designationYear;

    @QueryParam("platformType")
    @Parameter(description = "Hosts an innovation platform of this type")
    public String platformType;

    EnterpriseSearch.Criteria criteria(EnterpriseSearch.Sort sort) {
        List<Problem.FieldError> errors = new ArrayList<>();
        atMost(errors, "q", q, MAX_NAME_FRAGMENT);
        atMost(errors, "street", street, MAX_CODE);
        atMost(errors, "chain", chain, MAX_CODE);
        atMost(errors, "designation", designation, MAX_CODE);
        atMost(errors, "platformType", platformType, MAX_CODE);
        if (industry != null && !INDUSTRY_PREFIX.matcher(industry).matches()) {
            errors.add(new Problem.FieldError("industry", "must be 1 to 4 digits of a GB/T 4754-2017 code"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new EnterpriseSearch.Criteria(q, street, QueryParams.optionalEnum("status", status, EnterpriseStatus.class),
                industry, chain, designation, QueryParams.optionalInt("designationYear", designationYear), platformType,
                sort);
    }

    private static void atMost(List<Problem.FieldError> errors, String name, String value, int length) {
        if (value != null && value.length() > length) {
            errors.add(new Problem.FieldError(name, "must be at most " + length + " characters"));
        }
    }
}
