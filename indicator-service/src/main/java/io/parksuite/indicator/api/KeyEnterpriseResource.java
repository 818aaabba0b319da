package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.KeyEnterprises;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 重点企业, {@code /api/v1/indicators/key-enterprises}: the cockpit's panel of the largest
 * enterprises. It names enterprises with their figures, so (统计法) only the statistics office
 * reads it, every read is in the audit trail (parksuite.audit.confidential-paths), and every other
 * role is refused outright rather than given a reduced list: they read the disclosure-controlled
 * breakdown instead.
 */
@Path("/api/v1/indicators/key-enterprises")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
@Tag(name = "Indicators", description = "The park's economic indicators (经济指标) from the rollup: dashboard, "
        + "breakdowns by chain, designation or street, series, peer-park rankings, the catalogue, and the rebuild")
public class KeyEnterpriseResource {

    private final KeyEnterprises keyEnterprises;
    private final ReleasedFigures figures;

    public KeyEnterpriseResource(KeyEnterprises keyEnterprises, ReleasedFigures figures) {
        this.keyEnterprises = keyEnterprises;
        this.figures = figures;
    }

    @GET
    @Operation(operationId = "listKeyEnterprises", summary = "The largest enterprises of an indicator (重点企业)",
            description = "The `limit` enterprises with the largest 1–X月累计 of an indicator summed from enterprises' "
                    + "monthly reports (INDUSTRIAL_OUTPUT, SALES_OUTPUT, EXPORT_DELIVERY_VALUE, MAIN_REVENUE, TAX, "
                    + "EMPLOYEES) in the period, each with its month value, year to date, the same enterprise's "
                    + "prior-year year to date in the same-scope base (同口径), growth and share of the park. The "
                    + "values are the enterprises' shares of the park figure as getIndicatorLineage lists them "
                    + "(current report revisions, the indicator's 口径 and the period's year's 规上 list), so all of "
                    + "them sum to the dashboard's figure. Ties are ordered by USCC. Enterprise-level statistics "
                    + "(统计法): statistician and park-admin only, for every period as the lineage shows them; every "
                    + "other role gets 403 and reads getBreakdown, which is disclosure-controlled. Every read is "
                    + "recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = KeyEnterprisesResponse.class)))
    @APIResponse(responseCode = "422", description = "The period is missing or malformed, the indicator unknown or "
            + "not summed from enterprises' reports, or limit outside 1–50",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KeyEnterprisesResponse keyEnterprises(
            @Parameter(description = "An indicator summed from enterprises' reports: INDUSTRIAL_OUTPUT, SALES_OUTPUT, "
                    + "EXPORT_DELIVERY_VALUE, MAIN_REVENUE, TAX or EMPLOYEES", required = true,
                    example = "INDUSTRIAL_OUTPUT") @QueryParam("indicator") String code,
            @Parameter(description = RequestParameters.PERIOD, required = true, example = "2018-12",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.PERIOD_PATTERN))
            @QueryParam("period") String period,
            @Parameter(description = "How many enterprises, 1–50; 10 when absent",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
            @QueryParam("limit") String limit) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalidField("indicator", "is required: an indicator summed from reports, "
                    + "e.g. INDUSTRIAL_OUTPUT");
        }
        Period parsed = RequestParameters.period(period, "period");
        return KeyEnterprisesResponse.of(keyEnterprises.top(code, figures.released(parsed), limit(limit)));
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return 10;
        }
        String trimmed = text.trim();
        int limit = trimmed.matches("[0-9]{1,3}") ? Integer.parseInt(trimmed) : 0;
        if (limit >= 1 && limit <= KeyEnterprises.MAX_LIMIT) {
            return limit;
        }
        throw ProblemException.invalidField("limit", "must be a whole number between 1 and " + KeyEnterprises.MAX_LIMIT);
    }
}
