package io.parksuite.platform.security;

/**
 * The role sets the services share, for {@code @RolesAllowed}: each names a configuration
 * property ({@code parksuite.roles.*}, defined once in the platform's defaults) that Quarkus
 * resolves to its list of roles at start-up; a missing property stops the service from starting.
 * A service names the sets of its own operations the same way, in its own configuration.
 */
public final class RoleSets {

    /** Everyone of the park's staff and systems, enterprises excluded. */
    public static final String STAFF_READERS = "${parksuite.roles.staff-readers}";
    /** The park's administrators. */
    public static final String ADMIN = "${parksuite.roles.admin}";

    private RoleSets() {
    }
}
