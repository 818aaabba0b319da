package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.domain.ReminderKind;
import io.parksuite.enterprise.service.LiaisonInbox;
import io.parksuite.enterprise.service.LiaisonReminderScan;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The liaison inbox (诉求提醒), beside the liaison service it watches: requests due within a few working days or
 * past their deadline are reminded to their officer and, once overdue, escalated to park-admin, so that no
 * request (诉求) runs out of time unnoticed. Staff may run the reminder scan now instead of waiting for the
 * schedule.
 */
@Path("/api/v1/registry/liaison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Liaison service", description = "一对一联点服务: liaison officers, visits and enterprise requests (诉求)")
public class LiaisonInboxResource {

    private final LiaisonInbox inbox;
    private final LiaisonReminderScan scan;
    private final Caller caller;

    public LiaisonInboxResource(LiaisonInbox inbox, LiaisonReminderScan scan, Caller caller) {
        this.inbox = inbox;
        this.scan = scan;
        this.caller = caller;
    }

    @GET
    @Path("/inbox")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_INBOX_READERS)
    @Operation(operationId = "listLiaisonReminders", summary = "The caller's liaison inbox (诉求提醒)",
            description = "A liaison officer (the officer whose subject is the caller's login) reads the DUE and OVERDUE "
                    + "reminders of the requests it follows; park-admin reads every reminder, escalations included, and "
                    + "may name one officer. A login that is no officer has an empty inbox. Newest first.")
    @APIResponse(responseCode = "200", description = "One page of reminders, newest first: {items, page, size, total}")
    public Page<LiaisonDtos.Reminder> inbox(@Parameter(description = "Only reminders of this kind",
                                                    schema = @Schema(implementation = ReminderKind.class))
                                            @QueryParam("kind") String kind,
                                            @Parameter(description = "Only unread reminders",
                                                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                                            @QueryParam("unread") String unread,
                                            @Parameter(description = "park-admin: only the reminders of this officer's "
                                                    + "requests", example = "1",
                                                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                                            @QueryParam("officerId") String officerId,
                                            @Valid @BeanParam PageRequest page) {
        var criteria = new LiaisonInbox.Criteria(QueryParams.optionalEnum("kind", kind, ReminderKind.class),
                QueryParams.flag("unread", unread, false),
                officerId == null ? null : QueryParams.optionalInt("officerId", officerId).longValue());
        return inbox.inbox(caller, criteria, page).map(LiaisonDtos.Reminder::of);
    }

    @POST
    @Path("/inbox/{id}/read")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(EnterpriseRoleSets.LIAISON_INBOX_READERS)
    @Operation(operationId = "markLiaisonReminderRead", summary = "Mark a reminder of the caller's inbox read",
            description = "Marking it again keeps the first readAt and readBy.")
    @APIResponse(responseCode = "200", description = "The reminder, read")
    @APIResponse(responseCode = "404", description = "No reminder with this id in the caller's inbox",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonDtos.Reminder markRead(@Parameter(description = "The reminder's id", example = "42")
                                         @PathParam("id") long id) {
        return LiaisonDtos.Reminder.of(inbox.markRead(caller, id));
    }

    @POST
    @Path("/reminders/scan")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(EnterpriseRoleSets.LIAISON_REMINDER_SCANNERS)
    @Operation(operationId = "scanLiaisonRequests", summary = "Run the reminder scan now",
            description = "The scan also runs on a schedule (parksuite.liaison.reminders.every). A pending request due "
                    + "within parksuite.liaison.reminders.window-working-days working days (default 2) is DUE for its "
                    + "officer; one past its deadline is OVERDUE for its officer and escalated to park-admin. Each "
                    + "reminder is created once per request and kind, however often and on however many instances the "
                    + "scan runs; resolved and closed requests get none.")
    @APIResponse(responseCode = "200", description = "What this scan created")
    public LiaisonDtos.ScanResult scan() {
        return LiaisonDtos.ScanResult.of(scan.scan());
    }
}
