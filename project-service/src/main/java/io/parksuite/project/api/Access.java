package io.parksuite.project.api;

import io.parksuite.platform.security.Roles;

/** Who may do what with projects: officers and admins write; leaders, other systems and statisticians read. */
final class Access {

    static final String[] WRITE = {Roles.PARK_ADMIN, Roles.INVESTMENT_OFFICER};
    static final String[] READ = {Roles.PARK_ADMIN, Roles.INVESTMENT_OFFICER, Roles.PARK_LEADER, Roles.GOV_SYSTEM,
            Roles.STATISTICIAN};

    private Access() {
    }
}
