package io.parksuite.indicator.config;

/**
 * The role sets of the indicator service's operations, for {@code @RolesAllowed}: each names a
 * property of application.properties that Quarkus resolves to its roles at start-up, so every
 * access decision is written once.
 */
public final class IndicatorRoleSets {

    /** The statistics office (统计): statistician and park-admin. */
    public static final String STATISTICS_OFFICE = "${parksuite.roles.statistics-office}";
    /** Who records published park figures: the statistics office and government systems. */
    public static final String OFFICIAL_FIGURE_PUBLISHERS = "${parksuite.roles.official-figure-publishers}";
    /** Who submits a single monthly report; an enterprise user for its own enterprise only. */
    public static final String REPORT_SUBMITTERS = "${parksuite.roles.report-submitters}";
    /** Who uploads monthly reports in bulk. */
    public static final String BULK_REPORT_SUBMITTERS = "${parksuite.roles.bulk-report-submitters}";
    /** Who reads an enterprise's reports; an enterprise user its own only. */
    public static final String REPORT_READERS = "${parksuite.roles.report-readers}";

    private IndicatorRoleSets() {
    }
}
