package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.EnterpriseStatus;
import io.parksuite.enterprise.service.EnterpriseSearch;
import io.parksuite.platform.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters that select enterprises, shared by the search and the CSV export. */
public class EnterpriseFilters {

    @QueryParam("q")
    @Parameter(description = "Fragment of the Chinese name")
    public String q;

    @QueryParam("street")
    @Parameter(description = "Street code")
    public String street;

    @QueryParam("status")
    @Parameter(description = "ACTIVE, RELOCATED_OUT or DEREGISTERED")
    public String status;

    @QueryParam("industry")
    @Parameter(description = "GB/T 4754 code prefix, e.g. 39")
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
        return new EnterpriseSearch.Criteria(q, street, QueryParams.optionalEnum("status", status, EnterpriseStatus.class),
                industry, chain, designation, QueryParams.optionalInt("designationYear", designationYear), platformType,
                sort);
    }
}
