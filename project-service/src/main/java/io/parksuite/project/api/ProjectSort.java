package io.parksuite.project.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The orders a project list or export accepts, as {@link io.parksuite.project.service.ProjectSearch.Sort} reads them;
 * names the query parameter's values in the document (the parameter itself stays a string). The constant names go to
 * the document too, so a generated client does not derive them from the leading -.
 */
@Schema(name = "ProjectSort", description = "The order of a project list; a leading - sorts descending",
        extensions = @Extension(name = "x-enum-varnames", parseValue = true, value = "[\"CREATED_AT_DESC\", \"NAME\", "
                + "\"PLANNED_INVESTMENT_YUAN\", \"PLANNED_INVESTMENT_YUAN_DESC\", \"STAGE_DATE\", \"STAGE_DATE_DESC\"]"))
public enum ProjectSort {
    @JsonProperty("-createdAt") CREATED_AT_DESC,
    @JsonProperty("name") NAME,
    @JsonProperty("plannedInvestmentYuan") PLANNED_INVESTMENT_YUAN,
    @JsonProperty("-plannedInvestmentYuan") PLANNED_INVESTMENT_YUAN_DESC,
    @JsonProperty("stageDate") STAGE_DATE,
    @JsonProperty("-stageDate") STAGE_DATE_DESC
}
