package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.domain.CalendarLimits;
import io.parksuite.approval.service.Access;
import io.parksuite.approval.service.Calendars;
import io.parksuite.platform.calendar.CalendarDay;
import io.parksuite.platform.calendar.HolidayCsv;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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

    /** A header line and at most one line per day of the year. */
    private static final int MAX_NOTICE_LINES = 367;

    private final Calendars calendars;
    private final Access access;

    public CalendarResource(Calendars calendars, Access access) {
        this.calendars = calendars;
        this.access = access;
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
    @Transactional
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(summary = "Load (or replace) a year's notice",
            description = "CSV lines date,type,name (type HOLIDAY or WORKDAY), every date in that year. Replaces the "
                    + "shipped notice for that year, on every instance at once.")
    @APIResponse(responseCode = "200", description = "The year as now in force")
    public YearResponse load(@PathParam("year") int year, String body) {
        CalendarLimits.requireYear("year", year);
        String csv = body == null ? "" : body;
        if (csv.lines().limit(MAX_NOTICE_LINES + 1).count() > MAX_NOTICE_LINES) {
            throw ProblemException.invalidField("body", "a year's notice has at most " + MAX_NOTICE_LINES + " lines");
        }
        List<CalendarDay> days;
        try {
            days = HolidayCsv.parse(csv);
        } catch (HolidayCsv.LineException e) {
            throw ProblemException.invalidField("rows[" + e.line() + "]", e.getMessage());
        }
        if (days.isEmpty()) {
            throw ProblemException.invalidField("body", "no dates given");
        }
        java.util.Set<LocalDate> seen = new java.util.HashSet<>();
        for (CalendarDay day : days) {
            if (!seen.add(day.date())) {
                throw ProblemException.invalidField("rows", day.date() + " appears twice");
            }
            if (day.date().getYear() != year) {
                throw ProblemException.invalidField("rows", day.date() + " is not in " + year);
            }
            if (day.type() == io.parksuite.platform.calendar.DayType.WORKDAY && day.date().getDayOfWeek().getValue() < 6) {
                throw ProblemException.invalidField("rows", day.date() + " is a weekday: a make-up workday falls on a weekend");
            }
        }
        calendars.replaceYear(year, days, access.actor());
        WorkingCalendar calendar = calendars.current();
        return new YearResponse(year, true, calendar.entries(year));
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date YYYY-MM-DD");
        }
    }
}
