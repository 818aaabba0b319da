package io.parksuite.approval.config;

/**
 * The approval desk's role sets, each named once in application.properties
 * ({@code parksuite.roles.<set>}) and used as {@code @RolesAllowed(ApprovalRoleSets.X)}: Quarkus
 * resolves the expression to the set's roles at start-up, and an unknown set fails the start.
 */
public final class ApprovalRoleSets {

    /** Everyone with a role: the working calendar. */
    public static final String CALENDAR_READERS = "${parksuite.roles.approval-calendar-readers}";
    /** The service centre and admins: catalogue, bundles, calendar notices, the reminder scan. */
    public static final String SERVICE_CENTRE = "${parksuite.roles.approval-service-centre}";
    /** Who may read applications (object-level rules in Access decide which). */
    public static final String APPLICATION_READERS = "${parksuite.roles.approval-application-readers}";
    /** Who may create applications and take the applicant's steps. */
    public static final String APPLICANT_STEPS = "${parksuite.roles.approval-applicant-steps}";
    /** The desk: intake decisions, special procedures, delivery, archiving, visits. */
    public static final String DESK = "${parksuite.roles.approval-desk}";
    /** Who may decide a department's task. */
    public static final String TASK_DECIDERS = "${parksuite.roles.approval-task-deciders}";
    /** Who may rate an application (好差评). */
    public static final String RATERS = "${parksuite.roles.approval-raters}";
    /** Department tasks and follow-ups. */
    public static final String WORK_LIST_READERS = "${parksuite.roles.approval-work-list-readers}";
    /** Reminder inboxes (办事提醒). */
    public static final String INBOX_READERS = "${parksuite.roles.approval-inbox-readers}";
    /** Who may waive an open follow-up within its deadline (park admins). */
    public static final String WAIVERS = "${parksuite.roles.approval-waivers}";
    /** Service quality figures. */
    public static final String QUALITY_READERS = "${parksuite.roles.approval-quality-readers}";

    private ApprovalRoleSets() {
    }
}
