package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;

import java.util.List;

/**
 * Object-level authorization for applications: an enterprise user reaches only its own, an approval
 * officer those involving its department, the service centre and park admins everything; park
 * leaders and other government systems read. It fails closed: an officer whose token names no
 * department ({@code dept} claim) reaches no department at all, never every one.
 */
@RequestScoped
public class Access {

    private final Caller caller;

    public Access(Caller caller) {
        this.caller = caller;
    }

    public String actor() {
        return caller.subject() + (dept().map(d -> "@" + d).orElse(""));
    }

    /** The caller's department; a blank claim counts as none. */
    private java.util.Optional<String> dept() {
        return caller.dept().map(String::strip).filter(d -> !d.isEmpty());
    }

    public boolean isDesk() {
        return !caller.isEnterpriseUser() && (caller.hasRole(Roles.SERVICE_MANAGER) || caller.hasRole(Roles.PARK_ADMIN)
                || caller.hasRole(Roles.APPROVAL_OFFICER));
    }

    /** The service centre, admins, park leaders and government systems; never a token that is an enterprise's. */
    public boolean seesEverything() {
        return !caller.isEnterpriseUser() && (caller.hasRole(Roles.SERVICE_MANAGER) || caller.hasRole(Roles.PARK_ADMIN)
                || caller.hasRole(Roles.PARK_LEADER) || caller.hasRole(Roles.GOV_SYSTEM));
    }

    /**
     * The department an approval officer's lists are limited to, or null for a caller who is not limited
     * to one (the service centre, admins, other roles). An officer without a department is refused (403).
     */
    public String officerDept() {
        if (!caller.hasRole(Roles.APPROVAL_OFFICER) || caller.hasRole(Roles.SERVICE_MANAGER)
                || caller.hasRole(Roles.PARK_ADMIN)) {
            return null;
        }
        return dept().orElseThrow(() -> forbidden("The token names no department (dept claim): it reaches no task"));
    }

    /** The enterprise an enterprise user's lists are limited to, or null for staff; without a uscc claim, 403. */
    public String enterpriseUscc() {
        if (!caller.isEnterpriseUser()) {
            return null;
        }
        return caller.uscc().map(String::strip).filter(u -> !u.isEmpty())
                .orElseThrow(() -> forbidden("The token names no enterprise (uscc claim)"));
    }

    public boolean mayRead(Application a) {
        return mayRead(a.applicantUscc, a.departmentList);
    }

    /** Whether the caller may read an application of {@code applicantUscc} involving the departments of {@code departmentList}. */
    public boolean mayRead(String applicantUscc, String departmentList) {
        if (seesEverything()) {
            return true;
        }
        if (caller.isEnterpriseUser()) {
            return applicantUscc != null && caller.uscc().filter(applicantUscc::equals).isPresent();
        }
        if (caller.hasRole(Roles.APPROVAL_OFFICER)) {
            return dept().filter(department -> Application.involves(departmentList, department)).isPresent();
        }
        return false;
    }

    /** Reading is refused as "not found", so that other enterprises' applications cannot be probed. */
    public void requireRead(Application a) {
        if (!mayRead(a)) {
            throw ProblemException.notFound("No application " + a.id);
        }
    }

    /** Desk steps (受理, 补正, 特别程序, 送达…): the service centre, admins, officers of an involved department. */
    public void requireDesk(Application a) {
        requireRead(a);
        boolean desk = caller.hasRole(Roles.SERVICE_MANAGER) || caller.hasRole(Roles.PARK_ADMIN)
                || (caller.hasRole(Roles.APPROVAL_OFFICER) && dept().filter(a::involves).isPresent());
        if (!desk) {
            throw forbidden("Only the service centre or an officer of an involved department may take this step");
        }
    }

    /** Applicant steps (submit, upload, supply, withdraw): the applicant itself, or the desk at the counter. */
    public void requireApplicantOrDesk(Application a) {
        requireRead(a);
        if (caller.isEnterpriseUser() || isDesk()) {
            return;
        }
        throw forbidden("Only the applicant or the service desk may take this step");
    }

    public void requireApplicant(Application a) {
        requireRead(a);
        if (!caller.isEnterpriseUser() && !caller.hasRole(Roles.SERVICE_MANAGER)) {
            throw forbidden("Only the applicant may rate its application");
        }
    }

    public void requireDepartment(String department) {
        if (caller.hasRole(Roles.PARK_ADMIN)) {
            return;
        }
        if (!caller.hasRole(Roles.APPROVAL_OFFICER) || dept().filter(department::equals).isEmpty()) {
            throw forbidden("Only an officer of " + department + " may decide this task");
        }
    }

    /**
     * Follow-up outcomes (核查, 验收, 整改): the service centre, admins, or an officer of the follow-up's department;
     * anyone else is refused (an officer without a department too).
     */
    public void requireFollowUpDesk(String department) {
        if (caller.isEnterpriseUser()) {
            throw forbidden("Only the desk may record a follow-up's outcome");
        }
        if (caller.hasRole(Roles.PARK_ADMIN) || caller.hasRole(Roles.SERVICE_MANAGER)) {
            return;
        }
        if (!caller.hasRole(Roles.APPROVAL_OFFICER) || dept().filter(department::equals).isEmpty()) {
            throw forbidden("Only an officer of " + department + " or the service centre may take this step");
        }
    }

    /** A park admin, never an enterprise's token. */
    public void requireParkAdmin() {
        if (caller.isEnterpriseUser() || !caller.hasRole(Roles.PARK_ADMIN)) {
            throw forbidden("Only a park admin may take this step");
        }
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }
}
