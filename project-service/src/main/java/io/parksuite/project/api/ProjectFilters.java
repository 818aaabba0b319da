package io.parksuite.project.api;

import io.parksuite.platform.http.QueryParams;
import io.parksuite.project.domain.InvestmentTier;
import io.parksuite.project.domain.InvestorType;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.service.ProjectSearch;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.UUID;

/** The filter query parameters shared by the project list and its CSV export. */
public class ProjectFilters {

    @QueryParam("q")
    @Parameter(description = "Fragment of the project's or the investor's name", example = "比亚迪",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("stage")
    @Parameter(description = "The current stage", schema = @Schema(implementation = ProjectStage.class))
    public String stage;

    @QueryParam("chain")
    @Parameter(description = "Industry chain code (产业链)", schema = @Schema(implementation = IndustryChain.class))
    public String chain;

    @QueryParam("officer")
    @Parameter(description = "Responsible officer", example = "李明",
            schema = @Schema(type = SchemaType.STRING, maxLength = 64))
    public String officer;

    @QueryParam("investorType")
    @Parameter(description = "The kind of investor", schema = @Schema(implementation = InvestorType.class))
    public String investorType;

    @QueryParam("tier")
    @Parameter(description = "Size class by planned investment: MAJOR (10亿元以上), LARGE (1亿元以上), STANDARD",
            schema = @Schema(implementation = InvestmentTier.class))
    public String tier;

    @QueryParam("conferenceId")
    @Parameter(description = "Signing conference the project came from",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String conferenceId;

    @QueryParam("investorUscc")
    @Parameter(description = "The investor's unified social credit code (统一社会信用代码)", example = "91430112MA4D00008J",
            schema = @Schema(type = SchemaType.STRING, maxLength = 18))
    public String investorUscc;

    @QueryParam("year")
    @Parameter(description = "Year the project entered the pipeline",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2100"))
    public String year;

    @QueryParam("street")
    @Parameter(description = "Street code (街道)", schema = @Schema(implementation = Street.class))
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
