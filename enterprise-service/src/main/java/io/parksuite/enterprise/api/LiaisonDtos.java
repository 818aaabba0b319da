package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.LiaisonAssignment;
import io.parksuite.enterprise.domain.LiaisonOfficer;
import io.parksuite.enterprise.domain.LiaisonReminder;
import io.parksuite.enterprise.domain.LiaisonVisit;
import io.parksuite.enterprise.domain.ReminderKind;
import io.parksuite.enterprise.domain.RequestCategory;
import io.parksuite.enterprise.domain.RequestStatus;
import io.parksuite.enterprise.service.LiaisonReminderScan;
import io.parksuite.platform.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Request and response records of the liaison service (一对一联点服务). */
public final class LiaisonDtos {

    private LiaisonDtos() {
    }

    @Schema(name = "LiaisonOfficer", description = "A park officer who looks after enterprises (联点干部)", example = """
            {"name": "王强", "department": "经济发展局", "phone": "0731-88000001", "subject": "wangqiang"}""")
    public record Officer(@Schema(readOnly = true, description = "Assigned by the registry") Long id,
                          @NotBlank @Size(max = 64) @Schema(description = "Name", example = "王强") String name,
                          @NotBlank @Size(max = 100) @Schema(description = "Department", example = "经济发展局")
                          String department,
                          @Size(max = 32) @Schema(description = "Phone number", example = "0731-88000001") String phone,
                          @Size(max = 100) @Schema(description = "The officer's login (token subject); unique",
                                  example = "wangqiang") String subject) {
        LiaisonOfficer toEntity() {
            LiaisonOfficer officer = new LiaisonOfficer();
            officer.name = name;
            officer.department = department;
            officer.phone = phone;
            officer.subject = subject;
            return officer;
        }

        static Officer of(LiaisonOfficer o) {
            return new Officer(o.id, o.name, o.department, o.phone, o.subject);
        }
    }

    @Schema(name = "LiaisonAssignmentRequest", description = "Who looks after an enterprise from when", example = """
            {"officerId": 1, "assignedOn": "2019-03-01"}""")
    public record Assign(@NotNull @Schema(description = "The officer's id", example = "1") Long officerId,
                         @NotNull @Schema(description = "The day the assignment starts", example = "2019-03-01")
                         LocalDate assignedOn) {
    }

    @Schema(name = "LiaisonAssignment", description = "The officer looking after an enterprise", example = """
            {"uscc": "91430112MA4L0A0B1X", "officerId": 1, "assignedOn": "2019-03-01"}""")
    public record Assignment(@Schema(required = true, description = Schemas.USCC, example = Schemas.USCC_EXAMPLE) String uscc,
                             @Schema(required = true, description = "The officer's id", example = "1") Long officerId,
                             @Schema(required = true, description = "Since when", example = "2019-03-01") LocalDate assignedOn) {
        static Assignment of(LiaisonAssignment a) {
            return new Assignment(a.uscc, a.officerId, a.assignedOn);
        }
    }

    @Schema(name = "LiaisonVisit", description = "A visit an officer paid to an enterprise (走访)", example = """
            {"uscc": "91430112MA4L0A0B1X", "visitedOn": "2019-08-20", "summary": "了解二期用地需求，协调电力增容"}""")
    public record Visit(@Schema(readOnly = true, description = "Assigned by the registry") Long id,
                        @NotBlank @Size(max = 18) @Schema(description = Schemas.USCC, pattern = Schemas.USCC_PATTERN,
                                example = Schemas.USCC_EXAMPLE) String uscc,
                        @Schema(description = "The visiting officer; the assigned officer when absent", example = "1")
                        Long officerId,
                        @NotNull @Schema(description = "The day of the visit, not in the future", example = "2019-08-20")
                        LocalDate visitedOn,
                        @NotBlank @Size(max = 2000) @Schema(description = "What was discussed and agreed",
                                example = "了解二期用地需求，协调电力增容") String summary,
                        @Schema(readOnly = true, description = "The login that logged it; null for an enterprise user",
                                nullable = true)
                        String recordedBy,
                        @Schema(readOnly = true, description = "When it was logged") OffsetDateTime recordedAt) {
        LiaisonVisit toEntity() {
            LiaisonVisit visit = new LiaisonVisit();
            visit.uscc = uscc;
            visit.officerId = officerId;
            visit.visitedOn = visitedOn;
            visit.summary = summary;
            return visit;
        }

        static Visit of(LiaisonVisit v) {
            return new Visit(v.id, v.uscc, v.officerId, v.visitedOn, v.summary, v.recordedBy, v.recordedAt);
        }

        /** The visit as {@code caller} may see it: an enterprise user is not shown the staff's logins. */
        Visit seenBy(Caller caller) {
            return caller.isEnterpriseUser()
                    ? new Visit(id, uscc, officerId, visitedOn, summary, null, recordedAt) : this;
        }
    }

    @Schema(name = "LiaisonRequestNew", description = "A request (诉求) an enterprise raises", example = """
            {"uscc": "91430112MA4L0A0B1X", "category": "LABOUR", "title": "旺季用工缺口300人",
             "description": "9月至12月需普工300人", "deadline": "2019-09-15"}""")
    public record Raise(@NotBlank @Size(max = 18) @Schema(description = Schemas.USCC, pattern = Schemas.USCC_PATTERN,
                                example = Schemas.USCC_EXAMPLE) String uscc,
                        @NotNull @Schema(description = "What it is about: 融资, 用工, 用地, 审批, 基础设施, 政策, 科技与人才, 其他")
                        RequestCategory category,
                        @NotBlank @Size(max = 200) @Schema(description = "Short title", example = "旺季用工缺口300人")
                        String title,
                        @Size(max = 4000) @Schema(description = "The details", example = "9月至12月需普工300人")
                        String description,
                        @Schema(description = "The day it was received; today when absent, always today for an "
                                + "enterprise user", example = "2019-08-25") LocalDate raisedOn,
                        @NotNull @Schema(description = "When it should be resolved; not before raisedOn",
                                example = "2019-09-15") LocalDate deadline) {
        io.parksuite.enterprise.domain.LiaisonRequest toEntity() {
            var request = new io.parksuite.enterprise.domain.LiaisonRequest();
            request.uscc = uscc;
            request.category = category;
            request.title = title;
            request.description = description;
            request.raisedOn = raisedOn;
            request.deadline = deadline;
            return request;
        }
    }

    @Schema(name = "LiaisonRequestStart", description = "Who takes a request on", example = """
            {"officerId": 1}""")
    public record Start(@Schema(description = "The officer taking it on; the assigned one when absent", example = "1")
                        Long officerId) {
    }

    @Schema(name = "LiaisonRequestResolution", description = "How a request was resolved", example = """
            {"resolution": "对接人力资源公司，已招聘到岗280人", "resolvedOn": "2019-09-10"}""")
    public record Resolution(@NotBlank @Size(max = 4000) @Schema(description = "What was done",
                                     example = "对接人力资源公司，已招聘到岗280人") String resolution,
                             @Schema(description = "The day it was resolved; today when absent, not before the request "
                                     + "was raised", example = "2019-09-10") LocalDate resolvedOn) {
    }

    @Schema(name = "LiaisonRequestRating", description = "The enterprise's rating of a resolution", example = """
            {"rating": 5, "comment": "响应迅速"}""")
    public record Rating(@NotNull @Min(1) @Max(5) @Schema(description = "1 (poor) to 5 (excellent)", example = "5")
                         Integer rating,
                         @Size(max = 1000) @Schema(description = "Comment", example = "响应迅速") String comment) {
    }

    @Schema(name = "LiaisonRequest", description = "An enterprise request (诉求) and where it stands", example = """
            {"id": 17, "uscc": "91430112MA4L0A0B1X", "category": "LABOUR", "title": "旺季用工缺口300人",
             "description": "9月至12月需普工300人", "raisedOn": "2019-08-25", "deadline": "2019-09-15",
             "status": "IN_PROGRESS", "overdue": false, "officerId": 1, "raisedBy": "wangqiang", "version": 1}""")
    public record LiaisonRequest(@Schema(required = true, description = "The request's id", example = "17") Long id,
                          @Schema(required = true, description = Schemas.USCC, example = Schemas.USCC_EXAMPLE) String uscc,
                          @Schema(required = true, description = "What it is about") RequestCategory category,
                          @Schema(required = true, description = "Short title", example = "旺季用工缺口300人") String title,
                          @Schema(description = "The details", nullable = true) String description,
                          @Schema(required = true, description = "The day it was received") LocalDate raisedOn,
                          @Schema(required = true, description = "When it should be resolved") LocalDate deadline,
                          @Schema(required = true, description = "OPEN (待办), IN_PROGRESS (办理中), RESOLVED (已解决), CLOSED (已关闭, "
                                  + "after the enterprise rated it)") RequestStatus status,
                          @Schema(required = true, description = "Pending (OPEN or IN_PROGRESS) past its deadline today") boolean overdue,
                          @Schema(description = "The officer following it; null while none is assigned", example = "1",
                                  nullable = true) Long officerId,
                          @Schema(description = "What was done, once RESOLVED", nullable = true) String resolution,
                          @Schema(description = "The day it was resolved") LocalDate resolvedOn,
                          @Schema(description = "The enterprise's rating, 1 to 5, once CLOSED", minimum = "1",
                                  maximum = "5", nullable = true) Short rating,
                          @Schema(description = "The enterprise's comment on the resolution", nullable = true) String ratingComment,
                          @Schema(description = "The login that raised it; null for an enterprise user", nullable = true)
                          String raisedBy,
                          @Schema(required = true, description = "The request's version, counting its changes", example = "1")
                          long version) {
        static LiaisonRequest of(io.parksuite.enterprise.domain.LiaisonRequest r, LocalDate today) {
            return new LiaisonRequest(r.id, r.uscc, r.category, r.title, r.description, r.raisedOn, r.deadline, r.status,
                    r.isOverdueOn(today), r.officerId, r.resolution, r.resolvedOn, r.rating, r.ratingComment, r.raisedBy,
                    r.version);
        }

        /** The request as {@code caller} may see it: an enterprise user is not shown who raised it (a login). */
        LiaisonRequest seenBy(Caller caller) {
            return caller.isEnterpriseUser()
                    ? new LiaisonRequest(id, uscc, category, title, description, raisedOn, deadline, status, overdue, officerId,
                    resolution, resolvedOn, rating, ratingComment, null, version)
                    : this;
        }
    }
    @Schema(name = "LiaisonReminder", description = "An entry of the liaison inbox (诉求提醒): a request due soon or "
            + "overdue, for its officer, or escalated to park-admin", example = """
            {"id": 42, "kind": "DUE", "requestId": 17, "uscc": "91430112MA4L0A0B1X", "officerId": 1,
             "recipientRole": null, "dueOn": "2019-09-15", "message": "诉求「旺季用工缺口300人」将于 2019-09-15 到期",
             "createdAt": "2019-09-12T01:00:00Z", "readAt": null, "readBy": null}""")
    public record Reminder(@Schema(required = true, description = "The reminder's id", example = "42") long id,
                           @Schema(required = true, description = "DUE (即将到期: the deadline is within the window of "
                                   + "working days), OVERDUE (已逾期), ESCALATION (逾期督办, to park-admin)")
                           ReminderKind kind,
                           @Schema(required = true, description = "The request it is about", example = "17") long requestId,
                           @Schema(required = true, description = Schemas.USCC, example = Schemas.USCC_EXAMPLE) String uscc,
                           @Schema(description = "The officer following the request when the reminder was created; "
                                   + "the recipient unless recipientRole is set", example = "1", nullable = true)
                           Long officerId,
                           @Schema(description = "The role an escalation is addressed to (park-admin); null for a "
                                   + "reminder to the officer", example = "park-admin", nullable = true)
                           String recipientRole,
                           @Schema(required = true, description = "The request's deadline", example = "2019-09-15")
                           LocalDate dueOn,
                           @Schema(required = true, description = "The reminder's text") String message,
                           @Schema(required = true, description = "When the scan created it") OffsetDateTime createdAt,
                           @Schema(description = "When it was marked read; null while unread", nullable = true)
                           OffsetDateTime readAt,
                           @Schema(description = "The login that marked it read", nullable = true) String readBy) {
        static Reminder of(LiaisonReminder r) {
            return new Reminder(r.id, r.kind, r.requestId, r.uscc, r.officerId, r.recipientRole, r.dueOn, r.message,
                    r.createdAt, r.readAt, r.readBy);
        }
    }

    @Schema(name = "LiaisonReminderScanResult", description = "What one scan of the liaison requests created", example = """
            {"scannedOn": "2019-09-12", "dueUntil": "2019-09-16", "due": 3, "overdue": 1, "escalated": 1}""")
    public record ScanResult(@Schema(required = true, description = "The park's day the scan ran as of") LocalDate scannedOn,
                             @Schema(required = true, description = "The last day of the due window: requests with a "
                                     + "deadline up to it are due") LocalDate dueUntil,
                             @Schema(required = true, description = "DUE reminders created", example = "3") int due,
                             @Schema(required = true, description = "OVERDUE reminders created", example = "1") int overdue,
                             @Schema(required = true, description = "Escalations to park-admin created", example = "1")
                             int escalated) {
        static ScanResult of(LiaisonReminderScan.Result r) {
            return new ScanResult(r.scannedOn(), r.dueUntil(), r.due(), r.overdue(), r.escalated());
        }
    }
}
