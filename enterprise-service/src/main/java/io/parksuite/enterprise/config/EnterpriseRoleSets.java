package io.parksuite.enterprise.config;

/**
 * The role sets of the registry's operations, for {@code @RolesAllowed}: each names a
 * {@code parksuite.roles.*} property of the service's configuration, where the roles are listed
 * once. Sets the services share ({@code staff-readers}, {@code admin}) are in
 * {@link io.parksuite.platform.security.RoleSets}.
 */
public final class EnterpriseRoleSets {

    /** Register enterprises, grant designations, import classifications: park-admin, gov-system. */
    public static final String REGISTRARS = "${parksuite.roles.registrars}";
    /** Read the registry as a whole (search, export, change feed, statistics). */
    public static final String REGISTRY_READERS = "${parksuite.roles.registry-readers}";
    /** Read one enterprise record: every staff role and the enterprise itself. */
    public static final String RECORD_READERS = "${parksuite.roles.record-readers}";
    /** Read an enterprise's chains, designations, history, platforms and ledgers. */
    public static final String DETAIL_READERS = "${parksuite.roles.detail-readers}";
    /** Edit an enterprise's contact data: park-admin and the enterprise itself. */
    public static final String CONTACT_EDITORS = "${parksuite.roles.contact-editors}";
    /** Read the liaison officers. */
    public static final String LIAISON_READERS = "${parksuite.roles.liaison-readers}";
    /** Follow an enterprise's liaison service (assignment, visits, requests). */
    public static final String LIAISON_FOLLOWERS = "${parksuite.roles.liaison-followers}";
    /** Run the liaison service: log visits, take requests on, resolve them. */
    public static final String LIAISON_STAFF = "${parksuite.roles.liaison-staff}";
    /** Raise a liaison request (诉求). */
    public static final String LIAISON_REQUESTERS = "${parksuite.roles.liaison-requesters}";

    /** Read the cultivation pool (培育库) and its history: park-admin, park-leader, investment-officer. */
    public static final String CULTIVATION_READERS = "${parksuite.roles.cultivation-readers}";

    /** Read the liaison inbox (诉求提醒) and mark its reminders read. */
    public static final String LIAISON_INBOX_READERS = "${parksuite.roles.liaison-inbox-readers}";
    /** Run the liaison reminder scan now. */
    public static final String LIAISON_REMINDER_SCANNERS = "${parksuite.roles.liaison-reminder-scanners}";

    private EnterpriseRoleSets() {
    }
}
