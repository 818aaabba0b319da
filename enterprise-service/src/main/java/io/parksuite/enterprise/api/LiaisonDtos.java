package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.LiaisonAssignment;
import io.parksuite.enterprise.domain.LiaisonOfficer;
import io.parksuite.enterprise.domain.LiaisonRequest;
import io.parksuite.enterprise.domain.LiaisonVisit;
import io.parksuite.enterprise.domain.RequestCategory;
import io.parksuite.enterprise.domain.RequestStatus;
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

    @Schema(name = "LiaisonOfficer", example = """
            {"name": "王强", "department": "经济发展局", "phone": "0731-88000001", "subject": "wangqiang"}""")
    public record Officer(@Schema(readOnly = true) Long id, @NotBlank @Size(max = 64) String name,
                          @NotBlank @Size(max = 100) String department, @Size(max = 32) String phone,
                          @Size(max = 100) @Schema(description = "The officer's login (token subject)") String subject) {
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

    @Schema(name = "LiaisonAssignmentRequest", example = """
            {"officerId": 1, "assignedOn": "2019-03-01"}""")
    public record Assign(@NotNull Long officerId, @NotNull LocalDate assignedOn) {
    }

    @Schema(name = "LiaisonAssignment")
    public record Assignment(String uscc, Long officerId, LocalDate assignedOn) {
        static Assignment of(LiaisonAssignment a) {
            return new Assignment(a.uscc, a.officerId, a.assignedOn);
        }
    }

    @Schema(name = "LiaisonVisit", example = """
            {"uscc": "91430112MA4L0A0B1X", "visitedOn": "2019-08-20", "summary": "了解二期用地需求，协调电力增容"}""")
    public record Visit(@Schema(readOnly = true) Long id, @NotBlank @Size(max = 18) String uscc,
                        @Schema(description = "The assigned officer when absent") Long officerId,
                        @NotNull LocalDate visitedOn, @NotBlank @Size(max = 2000) String summary,
                        @Schema(readOnly = true, description = "The login that logged it; not shown to an enterprise user")
                        String recordedBy,
                        @Schema(readOnly = true) OffsetDateTime recordedAt) {
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

    @Schema(name = "LiaisonRequestNew", example = """
            {"uscc": "91430112MA4L0A0B1X", "category": "LABOUR", "title": "旺季用工缺口300人",
             "description": "9月至12月需普工300人", "deadline": "2019-09-15"}""")
    public record Raise(@NotBlank @Size(max = 18) String uscc, @NotNull RequestCategory category,
                        @NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
                        @Schema(description = "Today when absent; always today for an enterprise user") LocalDate raisedOn, @NotNull LocalDate deadline) {
        LiaisonRequest toEntity() {
            LiaisonRequest request = new LiaisonRequest();
            request.uscc = uscc;
            request.category = category;
            request.title = title;
            request.description = description;
            request.raisedOn = raisedOn;
            request.deadline = deadline;
            return request;
        }
    }

    @Schema(name = "LiaisonRequestStart")
    public record Start(@Schema(description = "The officer taking it on; the assigned one when absent") Long officerId) {
    }

    @Schema(name = "LiaisonRequestResolution", example = """
            {"resolution": "对接人力资源公司，已招聘到岗280人", "resolvedOn": "2019-09-10"}""")
    public record Resolution(@NotBlank @Size(max = 4000) String resolution, LocalDate resolvedOn) {
    }

    @Schema(name = "LiaisonRequestRating", example = """
            {"rating": 5, "comment": "响应迅速"}""")
    public record Rating(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 1000) String comment) {
    }

    @Schema(name = "LiaisonRequest")
    public record Request(Long id, String uscc, RequestCategory category, String title, String description,
                          LocalDate raisedOn, LocalDate deadline, RequestStatus status, boolean overdue, Long officerId,
                          String resolution, LocalDate resolvedOn, Short rating, String ratingComment,
                          @Schema(description = "The login that raised it; not shown to an enterprise user") String raisedBy,
                          long version) {
        static Request of(LiaisonRequest r, LocalDate today) {
            return new Request(r.id, r.uscc, r.category, r.title, r.description, r.raisedOn, r.deadline, r.status,
                    r.isOverdueOn(today), r.officerId, r.resolution, r.resolvedOn, r.rating, r.ratingComment, r.raisedBy,
                    r.version);
        }

        /** The request as {@code caller} may see it: an enterprise user is not shown who raised it (a login). */
        Request seenBy(Caller caller) {
            return caller.isEnterpriseUser()
                    ? new Request(id, uscc, category, title, description, raisedOn, deadline, status, overdue, officerId,
                    resolution, resolvedOn, rating, ratingComment, null, version)
                    : this;
        }
    }
}
