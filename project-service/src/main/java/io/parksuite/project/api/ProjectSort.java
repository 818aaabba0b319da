package io.parksuite.project.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The orders a project list or export accepts, as {@link io.parksuite.project.service.ProjectSearch.Sort} reads them;
 * names the query parameter's values in the document (the parameter itself stays a string).
 */
@Schema(name = "ProjectSort", description = "The order of a project list; a leading - sorts descending")
public enum ProjectSort {
    @JsonProperty("-createdAt") NEWEST,
    @JsonProperty("name") NAME,
    @JsonProperty("plannedInvestmentYuan") INVESTMENT,
    @JsonProperty("-plannedInvestmentYuan") INVESTMENT_DESC,
    @JsonProperty("stageDate") STAGE_DATE,
    @JsonProperty("-stageDate") STAGE_DATE_DESC
}
