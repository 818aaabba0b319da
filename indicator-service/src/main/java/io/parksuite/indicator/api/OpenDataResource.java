package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.Dashboard;
import io.parksuite.indicator.service.Dashboards;
import io.parksuite.indicator.service.IndicatorFigure;
import io.parksuite.indicator.service.IndicatorQueries;
import io.parksuite.indicator.service.Releases;
import io.parksuite.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * 政府数据开放: the park's published indicators for anyone, without a token. Park-level figures
 * only, never an enterprise's, of officially released periods only, and under the same disclosure
 * control (cells and growth rates) as any role that may not see enterprise statistics.
 */
@Path("/api/v1/open-data")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Open data", description = "Published park-level indicators, public")
@APIResponse(responseCode = "422", description = "A parameter is invalid",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OpenDataResource {

    private final Dashboards dashboards;
    private final IndicatorQueries queries;
    private final Releases releases;

    public OpenDataResource(Dashboards dashboards, IndicatorQueries queries, Releases releases) {
        this.dashboards = dashboards;
        this.queries = queries;
        this.releases = releases;
    }

    /** The park's headline indicators of a period, as published. */
    @Schema(name = "OpenDataIndicators")
    public record Published(String period, String park, String parkName, List<OpenFigure> indicators) {
    }

    /** A park-level figure as published: withheld cells carry no value. */
    @Schema(name = "OpenDataFigure")
    public record OpenFigure(String code, String nameZh, String nameEn, String unit, String ytdLabel,
                             java.math.BigDecimal value, java.math.BigDecimal ytdValue, java.math.BigDecimal yoyPct,
                             String source, boolean suppressed) {
        static OpenFigure of(IndicatorFigure f) {
            return new OpenFigure(f.code(), f.nameZh(), f.nameEn(), f.unit(), f.ytdLabel(), f.value(), f.ytdValue(),
                    f.yoyPct(), f.source(), f.suppressed());
        }
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "The park's headline indicators for a period (public, no token)")
    @APIResponse(responseCode = "200", description = "Park-level figures")
    @APIResponse(responseCode = "404", description = "The period's figures are not officially released yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Published indicators(@QueryParam("period") String period) {
        Period parsed = RequestParameters.period(period, "period");
        releases.requireReleased(parsed, parsed);
        Dashboard dashboard = dashboards.dashboard(parsed, false);
        return new Published(dashboard.period(), dashboard.park(), dashboard.parkName(),
                dashboard.indicators().stream().map(OpenFigure::of).toList());
    }

    @GET
    @Path("/catalogue")
    @Operation(summary = "The indicator catalogue (public, no token)")
    public List<IndicatorDefinition> catalogue() {
        return queries.catalogue();
    }
}
