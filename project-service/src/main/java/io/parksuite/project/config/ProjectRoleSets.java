package io.parksuite.project.config;

/**
 * Who may call project-service's operations, named once: each constant names a
 * {@code parksuite.roles.*} property of application.properties that Quarkus resolves to its list
 * of roles for {@code @RolesAllowed} at start-up, so the lists live in configuration rather than
 * in every annotation. Officers and admins write; leaders, other systems and statisticians read;
 * an investor (enterprise user) reads its own projects only, which the resources enforce.
 */
public final class ProjectRoleSets {

    /** Enter and change projects, conferences and progress (招商 officers and admins). */
    public static final String WRITERS = "${parksuite.roles.project-writers}";
    /** Read the whole pipeline: lists, exports, history, change feed, figures. */
    public static final String READERS = "${parksuite.roles.project-readers}";
    /** Read single projects and lists, an enterprise user only those its enterprise invests in. */
    public static final String READERS_AND_INVESTORS = "${parksuite.roles.project-readers-and-investors}";
    /** Follow overdue construction starts (履约 follow-up), statisticians excluded. */
    public static final String START_FOLLOWERS = "${parksuite.roles.project-start-followers}";

    private ProjectRoleSets() {
    }
}
