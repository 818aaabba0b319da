package io.parksuite.platform.security;

import java.util.Set;

/**
 * The role names carried in a token's {@code groups} claim (ARCHITECTURE §7). Constants so that
 * {@code @RolesAllowed} can name them.
 */
public final class Roles {

    public static final String PARK_ADMIN = "park-admin";
    /** Reads everything, writes nothing. */
    public static final String PARK_LEADER = "park-leader";
    public static final String INVESTMENT_OFFICER = "investment-officer";
    /** Carries a {@code dept} claim naming the department. */
    public static final String APPROVAL_OFFICER = "approval-officer";
    /** The service centre: reads all applications and desk KPIs, manages the catalogue. */
    public static final String SERVICE_MANAGER = "service-manager";
    public static final String STATISTICIAN = "statistician";
    /** Machine clients: other government systems. */
    public static final String GOV_SYSTEM = "gov-system";
    /** An enterprise user; carries a {@code uscc} claim and sees only its own records. */
    public static final String ENTERPRISE = "enterprise";

    /** Every role the suite knows; any other role a token carries is ignored. */
    public static final Set<String> ALL = Set.of(PARK_ADMIN, PARK_LEADER, INVESTMENT_OFFICER, APPROVAL_OFFICER,
            SERVICE_MANAGER, STATISTICIAN, GOV_SYSTEM, ENTERPRISE);

    /** The park's own staff and systems: never held together with {@link #ENTERPRISE}. */
    public static final Set<String> STAFF = Set.of(PARK_ADMIN, PARK_LEADER, INVESTMENT_OFFICER, APPROVAL_OFFICER,
            SERVICE_MANAGER, STATISTICIAN, GOV_SYSTEM);

    public static final String USCC_CLAIM = "uscc";
    public static final String DEPT_CLAIM = "dept";

    private Roles() {
    }
}
