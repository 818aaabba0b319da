package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.EnterpriseStatus;
import io.parksuite.enterprise.service.EnterpriseSearch;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Parameter(description = "Fragment of the Chinese name", example = "望城",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_NAME_FRAGMENT))
    public String q;

    @QueryParam("street")
    @Parameter(description = "Street (街道) code, GET /api/v1/registry/streets", example = "HUANGJINYUAN",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE))
    public String street;

    @QueryParam("status")
    @Parameter(description = "Lifecycle status", schema = @Schema(implementation = EnterpriseStatus.class))
    public String status;

    @QueryParam("industry")
    @Parameter(description = "GB/T 4754-2017 code prefix of 1 to 4 digits", example = "39",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{0,4}$"))
    public String industry;

    @QueryParam("chain")
    @Parameter(description = "Industry chain (产业链) code the enterprise is a member of today, "
            + "GET /api/v1/registry/chains", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE))
    public String chain;

    @QueryParam("designation")
    @Parameter(description = "Designation type code held, GET /api/v1/registry/designation-types",
            example = "HIGH_TECH", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE))
    public String designation;

    @QueryParam("designationYear")
    @Parameter(description = "Year the designation is held", example = "2019",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
    public String designationYear;

    @QueryParam("platformType")
    @Parameter(description = "Innovation platform type the enterprise hosts, GET /api/v1/registry/platform-types",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE))
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
