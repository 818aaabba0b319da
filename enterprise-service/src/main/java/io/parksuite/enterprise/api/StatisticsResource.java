package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.service.RegistryStatistics;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The registry's counts as park reports quote them: {@code /api/v1/registry/statistics}. */
@Path("/api/v1/registry/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry statistics", description = "Counts by chain, designation and year, platform type and level")
@RolesAllowed(EnterpriseRoleSets.REGISTRY_READERS)
@APIResponse(responseCode = "422", description = "A malformed parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatisticsResource {

    private final RegistryStatistics statistics;

    public StatisticsResource(RegistryStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/chains")
    @Operation(summary = "Enterprises per industry chain on a day (memberships in effect that day)")
    public List<RegistryStatistics.ChainCount> chains(@Parameter(description = "YYYY-MM-DD; today when absent")
                                                      @QueryParam("on") String on) {
        return statistics.chains(on == null ? null : date("on", on));
    }

    @GET
    @Path("/designations")
    @Operation(summary = "Designations held and newly gained (not held the year before), per type and year")
    public List<RegistryStatistics.DesignationCount> designations(@QueryParam("year") String year) {
        return statistics.designations(QueryParams.optionalInt("year", year));
    }

    @GET
    @Path("/platforms")
    @Operation(summary = "Innovation platforms by type, level, both, and year recognised")
    public RegistryStatistics.PlatformCounts platforms(@Parameter(description = "Count platforms recognised up to this year")
                                                       @QueryParam("asOfYear") String asOfYear) {
        return statistics.platforms(QueryParams.optionalInt("asOfYear", asOfYear));
    }

    @GET
    @Path("/park-titles")
    @Operation(summary = "The park's titles by level and year")
    public RegistryStatistics.ParkTitleCounts parkTitles() {
        return statistics.parkTitles();
    }

    @GET
    @Path("/ledgers")
    @Operation(summary = "A year's support: rewards (by programme), patent navigation, risk-compensation loans")
    public RegistryStatistics.LedgerTotals ledgers(@QueryParam("year") String year) {
        Integer value = QueryParams.optionalInt("year", year);
        if (value == null) {
            throw ProblemException.invalidField("year", "is required");
        }
        return statistics.ledgers(value);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date YYYY-MM-DD");
        }
    }
}
