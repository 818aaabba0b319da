package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.domain.CalendarLimits;
import io.parksuite.approval.service.CalendarNotices;
import io.parksuite.approval.service.Calendars;
import io.parksuite.platform.calendar.CalendarDay;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The working calendar: read it, compute with it, and load a new year's State Council notice. */
@Path("/api/v1/approval/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "The working calendar: statutory holidays and make-up workdays (调休) that every "
        + "working-day time limit counts with")
public class CalendarResource {

    private final Calendars calendars;
    private final CalendarNotices notices;

    public CalendarResource(Calendars calendars, CalendarNotices notices) {
        this.calendars = calendars;
        this.notices = notices;
    }

    /** One year's holidays and make-up workdays. */
    @Schema(name = "CalendarYear", description = "One year's holidays and make-up workdays (调休上班)")
    public record YearResponse(
            @Schema(description = "The year", minimum = "2000", maximum = "2099", examples = "2026", required = true)
            int year,
            @Schema(description = "Whether a State Council holiday notice for this year is loaded", required = true)
            boolean covered,
            @Schema(description = "The holidays and make-up workdays of the year, in date order", required = true)
            List<CalendarDay> days) {
    }

    /** A working-day computation. */
    @Schema(name = "WorkingDays", description = "A deadline computed from a start date, and optionally the working "
            + "days between two dates")
    public record WorkingDaysResponse(
            @Schema(description = "The start date", required = true) LocalDate from,
            @Schema(description = "The working days added", minimum = "0", maximum = "3650", examples = "20",
                    required = true) int workingDays,
            @Schema(description = "from plus workingDays working days, skipping weekends and holidays and counting "
                    + "make-up workdays", required = true) LocalDate deadline,
            @Schema(description = "The end date, when one was given") LocalDate to,
            @Schema(description = "The working days after from up to and including to, when to was given",
                    examples = "15") Integer between) {
    }

    @GET
    @Path("/{year}")
    @RolesAllowed(ApprovalRoleSets.CALENDAR_READERS)
    @Operation(operationId = "getCalendarYear", summary = "A year's holidays and make-up workdays",
            description = "The State Council holiday notice in force for the year, as the desk counts working days.")
    @APIResponse(responseCode = "200", description = "The year")
    public YearResponse year(@Parameter(description = "The year, 2000 to 2099", example = "2026",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"))
                             @PathParam("year") int year) {
        CalendarLimits.requireYear("year", year);
        WorkingCalendar calendar = calendars.current();
        return new YearResponse(year, calendar.coveredYears().contains(year), calendar.entries(year));
    }

    @GET
    @Path("/working-days")
    @RolesAllowed(ApprovalRoleSets.CALENDAR_READERS)
    @Operation(operationId = "computeWorkingDays",
            summary = "Compute a deadline (from + days) or the working days between two dates",
            description = "Dates from 2000 to 2099, to at most ten years from from, days 0 to 3650. The statutory time "
                    + "limits of the Administrative Licensing Law count working days (art. 82) as computed here.")
    @APIResponse(responseCode = "200", description = "The result")
    public WorkingDaysResponse workingDays(@Parameter(description = "The start date", required = true,
                                                   example = "2026-09-28",
                                                   schema = @Schema(type = SchemaType.STRING, format = "date"))
                                           @QueryParam("from") String from,
                                           @Parameter(description = "Working days to add, 0 to 3650 (default 0)",
                                                   example = "20", schema = @Schema(type = SchemaType.INTEGER,
                                                   minimum = "0", maximum = "3650", defaultValue = "0"))
                                           @QueryParam("days") Integer days,
                                           @Parameter(description = "An end date, to count the working days between",
                                                   example = "2026-10-20",
                                                   schema = @Schema(type = SchemaType.STRING, format = "date"))
                                           @QueryParam("to") String to) {
        LocalDate start = CalendarLimits.requireDate("from", date("from", from));
        int n = CalendarLimits.requireWorkingDays("days", days == null ? 0 : days);
        LocalDate end = to == null || to.isBlank() ? null : CalendarLimits.requireRange("to", start, date("to", to));
        WorkingCalendar calendar = calendars.current();
        return new WorkingDaysResponse(start, n, calendar.addWorkingDays(start, n), end,
                end == null ? null : calendar.workingDaysBetween(start, end));
    }

    @PUT
    @Path("/{year}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(operationId = "loadCalendarYear", summary = "Load (or replace) a year's notice",
            description = "CSV lines date,type,name (type HOLIDAY or WORKDAY), every date in that year. Replaces the "
                    + "shipped notice for that year, on every instance at once; deadlines computed afterwards use it.")
    @APIResponse(responseCode = "200", description = "The year as now in force")
    public YearResponse load(@Parameter(description = "The year, 2000 to 2099", example = "2027",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"))
                             @PathParam("year") int year,
                             @RequestBody(required = true, description = "The notice: one line date,type,name per day",
                                     content = {
                                             @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                                                     examples = "2027-02-06,HOLIDAY,春节\n2027-02-14,WORKDAY,春节")),
                                             @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING,
                                                     examples = "2027-02-06,HOLIDAY,春节\n2027-02-14,WORKDAY,春节"))})
                             String body) {
        CalendarLimits.requireYear("year", year);
        return new YearResponse(year, true, notices.load(year, body));
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date YYYY-MM-DD");
        }
    }
}
