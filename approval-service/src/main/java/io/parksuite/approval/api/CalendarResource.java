package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.domain.CalendarLimits;
import io.parksuite.approval.service.CalendarNotices;
import io.parksuite.approval.service.Calendars;
import io.parksuite.platform.calendar.CalendarDay;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The working calendar: read it, compute with it, and load a new year's State Council notice. */
@Path("/api/v1/approval/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Holidays and make-up workdays (调休) for working-day limits")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Invalid input, named in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CalendarResource {

    private final Calendars calendars;
    private final CalendarNotices notices;

    public CalendarResource(Calendars calendars, CalendarNotices notices) {
        this.calendars = calendars;
        this.notices = notices;
    }

    /** One year's holidays and make-up workdays. */
    @Schema(name = "CalendarYear")
    public record YearResponse(int year, boolean covered, List<CalendarDay> days) {
    }

    /** A working-day computation. */
    @Schema(name = "WorkingDays")
    public record WorkingDaysResponse(LocalDate from, int workingDays, LocalDate deadline, LocalDate to, Integer between) {
    }

    @GET
    @Path("/{year}")
    @RolesAllowed(ApprovalRoleSets.CALENDAR_READERS)
    @Operation(summary = "A year's holidays and make-up workdays")
    @APIResponse(responseCode = "200", description = "The year")
    public YearResponse year(@PathParam("year") int year) {
        CalendarLimits.requireYear("year", year);
        WorkingCalendar calendar = calendars.current();
        return new YearResponse(year, calendar.coveredYears().contains(year), calendar.entries(year));
    }

    @GET
    @Path("/working-days")
    @RolesAllowed(ApprovalRoleSets.CALENDAR_READERS)
    @Operation(summary = "Compute a deadline (from + days) or the working days between two dates",
            description = "Dates from 2000 to 2099, to at most ten years from from, days 0 to 3650.")
    @APIResponse(responseCode = "200", description = "The result")
    public WorkingDaysResponse workingDays(@QueryParam("from") String from, @QueryParam("days") Integer days,
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
    @Operation(summary = "Load (or replace) a year's notice",
            description = "CSV lines date,type,name (type HOLIDAY or WORKDAY), every date in that year. Replaces the "
                    + "shipped notice for that year, on every instance at once.")
    @APIResponse(responseCode = "200", description = "The year as now in force")
    public YearResponse load(@PathParam("year") int year, String body) {
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
