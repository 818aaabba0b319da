package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.service.RegistryStatistics;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The registry's counts as park reports quote them: {@code /api/v1/registry/statistics}. */
@Path("/api/v1/registry/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry statistics", description = "Counts by chain, designation and year, platform type and level")
@RolesAllowed(EnterpriseRoleSets.REGISTRY_READERS)
public class StatisticsResource {

    private final RegistryStatistics statistics;

    public StatisticsResource(RegistryStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/chains")
    @Operation(operationId = "countEnterprisesByChain",
            summary = "Enterprises per industry chain on a day (memberships in effect that day)",
            description = "Every chain, leading chains first, with the enterprises that are members that day.")
    public List<RegistryStatistics.ChainCount> chains(@Parameter(description = "The day; the park's today when absent",
                                                              example = "2026-06-30",
                                                              schema = @Schema(type = SchemaType.STRING, format = "date"))
                                                      @QueryParam("on") String on) {
        return statistics.chains(on == null ? null : date("on", on));
    }

    @GET
    @Path("/designations")
    @Operation(operationId = "countDesignations",
            summary = "Designations held and newly gained (not held the year before), per type and year",
            description = "By year, then type; one year, or every year when year is absent.")
    public List<RegistryStatistics.DesignationCount> designations(@Parameter(description = "Only this year",
                                                                          example = "2019",
                                                                          schema = @Schema(type = SchemaType.INTEGER,
                                                                                  format = "int32"))
                                                                  @QueryParam("year") String year) {
        return statistics.designations(QueryParams.optionalInt("year", year));
    }

    @GET
    @Path("/platforms")
    @Operation(operationId = "countInnovationPlatforms",
            summary = "Innovation platforms by type, level, both, and year recognised",
            description = "Platforms recognised up to and including asOfYear, or all when it is absent.")
    public RegistryStatistics.PlatformCounts platforms(@Parameter(description = "Count platforms recognised up to this year",
                                                               example = "2019",
                                                               schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
                                                       @QueryParam("asOfYear") String asOfYear) {
        return statistics.platforms(QueryParams.optionalInt("asOfYear", asOfYear));
    }

    @GET
    @Path("/park-titles")
    @Operation(operationId = "countParkTitles", summary = "The park's titles by level and year",
            description = "All the park's titles (园区荣誉), counted by level and by year awarded.")
    public RegistryStatistics.ParkTitleCounts parkTitles() {
        return statistics.parkTitles();
    }

    @GET
    @Path("/ledgers")
    @Operation(operationId = "totalSupportLedgers",
            summary = "A year's support: rewards (by programme), patent navigation, risk-compensation loans",
            description = "Totals of the support ledgers for one year.")
    public RegistryStatistics.LedgerTotals ledgers(@Parameter(description = "The year", required = true, example = "2019",
                                                           schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
                                                   @QueryParam("year") String year) {
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
