package io.parksuite.project.api;

import io.parksuite.platform.http.QueryParams;
import io.parksuite.project.domain.InvestmentTier;
import io.parksuite.project.domain.InvestorType;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.service.ProjectSearch;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.UUID;

/** The filter query parameters shared by the project list and its CSV export. */
public class ProjectFilters {

    @QueryParam("q")
    @Parameter(description = "Fragment of the project's or the investor's name, at most 200 characters")
    public String q;

    @QueryParam("stage")
    @Parameter(description = "LEAD, NEGOTIATING, SIGNED, APPROVING, CONSTRUCTION, PRODUCTION, FULL_PRODUCTION, STALLED, TERMINATED")
    public String stage;

    @QueryParam("chain")
    @Parameter(description = "Industry chain code, e.g. ELECTRONIC_INFORMATION")
    public String chain;

    @QueryParam("officer")
    @Parameter(description = "Responsible officer")
    public String officer;

    @QueryParam("investorType")
    @Parameter(description = "FORTUNE_500, LISTED, LEADING, OTHER")
    public String investorType;

    @QueryParam("tier")
    @Parameter(description = "MAJOR (10亿元以上), LARGE (1亿元以上), STANDARD")
    public String tier;

    @QueryParam("conferenceId")
    @Parameter(description = "Signing conference the project came from")
    public String conferenceId;

    @QueryParam("investorUscc")
    @Parameter(description = "The investor's USCC")
    public String investorUscc;

    @QueryParam("year")
    @Parameter(description = "Year the project entered the pipeline, 1900 to 2100")
    public String year;

    @QueryParam("street")
    @Parameter(description = "Street code")
    public String street;

    public ProjectSearch.Criteria criteria(ProjectSearch.Sort sort, String forcedInvestorUscc) {
        UUID conference = QueryParams.optionalUuid("conferenceId", conferenceId);
        return new ProjectSearch.Criteria(QueryBounds.text("q", q, 200),
                QueryParams.optionalEnum("stage", stage, ProjectStage.class),
                QueryBounds.text("chain", chain, 48), QueryBounds.text("officer", officer, 64),
                QueryParams.optionalEnum("investorType", investorType, InvestorType.class),
                QueryParams.optionalEnum("tier", tier, InvestmentTier.class),
                conference, forcedInvestorUscc != null ? forcedInvestorUscc : QueryBounds.text("investorUscc", investorUscc, 18),
                QueryBounds.year("year", year), QueryBounds.text("street", street, 32), sort);
    }
}
