package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.Releases;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;

/**
 * Which figures this caller may see: the statistics office (statistician, park-admin) sees every
 * period and every cell; everyone else only officially released periods, with small cells withheld.
 */
@RequestScoped
public class ReleasedFigures {

    private final Caller caller;
    private final Releases releases;

    public ReleasedFigures(Caller caller, Releases releases) {
        this.caller = caller;
        this.releases = releases;
    }

    /** Whether this caller sees withheld cells (disclosure control does not apply). */
    boolean disclose() {
        return caller.hasRole(Roles.STATISTICIAN) || caller.hasRole(Roles.PARK_ADMIN);
    }

    /** The period itself, once its figures may be shown to this caller: released, or the statistics office. */
    Period released(Period period) {
        if (!disclose()) {
            releases.requireReleased(period, period);
        }
        return period;
    }
}
