package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.FrozenFigure;
import io.parksuite.indicator.domain.Park;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Publication;
import io.parksuite.indicator.domain.Release;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 统计发布 → 政府数据开放: the statistics office publishes a period, and only then are its figures
 * open data. Publishing freezes the park-level figures exactly as the anonymous public would see
 * them (the dashboard under disclosure control), so reports that arrive or are revised later never
 * change open data silently:
 * <ul>
 * <li>the first publication of a period is revision 1 (the monthly release); a later one, when the
 * figures have changed (e.g. after annual-report revisions, 年报修订), is revision n+1 and needs a
 * note saying what changed (422 on {@code note} without one);</li>
 * <li>publishing when the frozen figures would not change is a no-op that answers the latest
 * revision, so a retried or repeated publication (the demo's) creates nothing;</li>
 * <li>publishing is the release: a period without a recorded release (统计发布,
 * {@link Releases}) is released at the moment it is published, provided it is over; a release
 * recorded ahead must have passed first (409), so open data never shows what the park's own roles
 * may not read yet. Recorded releases are never moved, so {@code /releases} answers as before;</li>
 * <li>one publisher of a period at a time (an advisory lock per period, taken in period order), and
 * the key (period, revision) backs it: concurrent publishes never share a revision number.</li>
 * </ul>
 */
@ApplicationScoped
public class Publications {

    private final OpenDataStore store;
    private final Dashboards dashboards;
    private final Releases releases;
    private final IndicatorRepository repository;
    private final Clock clock;

    public Publications(OpenDataStore store, Dashboards dashboards, Releases releases, IndicatorRepository repository,
                        Clock clock) {
        this.store = store;
        this.dashboards = dashboards;
        this.releases = releases;
        this.repository = repository;
        this.clock = clock;
    }

    /** A period to publish, with the note of a revision. */
    public record Request(Period period, String note) {
    }

    /** What publishing a period did: the latest revision, and whether this request created it. */
    public record Outcome(Publication publication, boolean created) {
    }

    /**
     * Publishes every period, or none: a row that cannot be published rejects the request with a
     * 422 naming rows[n].field, or with the 409 of a release still ahead.
     */
    @Transactional
    public List<Outcome> publish(List<Request> requests, String actor) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> requests.get(i).period()));
        Outcome[] outcomes = new Outcome[requests.size()];
        List<RowError> errors = new ArrayList<>();
        for (int i : order) {
            Request request = requests.get(i);
            if (Release.timeError(request.period(), OffsetDateTime.now(clock)) != null) {
                errors.add(new RowError(i + 1, "period", "is not over yet"));
                continue;
            }
            store.lock(request.period());
            requireReleased(request.period(), actor);
            Optional<Publication> latest = store.latest(request.period());
            List<FrozenFigure> figures = freeze(request.period());
            if (latest.isPresent() && FrozenFigure.same(store.figures(latest.get()), figures)) {
                outcomes[i] = new Outcome(latest.get(), false);
                continue;
            }
            int revision = latest.map(p -> p.revision() + 1).orElse(1);
            String noteError = Publication.noteError(revision, request.note());
            if (noteError != null) {
                errors.add(new RowError(i + 1, "note", noteError));
                continue;
            }
            outcomes[i] = new Outcome(insert(request, revision, figures, actor), true);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row));
            throw BulkRows.rejected(errors);
        }
        return List.of(outcomes);
    }

    /** Every revision of every period, for the statistics office. */
    @Transactional
    public List<Publication> list() {
        return store.all();
    }

    /**
     * A period (over, and under the publication lock) is published only once released: a release
     * recorded ahead must have passed (409 otherwise); without one, the period is released now.
     */
    private void requireReleased(Period period, String actor) {
        if (releases.unreleased(period, period).isEmpty()) {
            return;
        }
        Optional<Release> recorded = releases.find(period);
        if (recorded.isPresent()) {
            throw ProblemException.conflict("The release of " + period + " is scheduled for "
                    + recorded.get().releasedAt() + "; its figures can be published once it has passed");
        }
        releases.record(List.of(new Releases.Request(period, OffsetDateTime.now(clock))), actor);
    }

    private Publication insert(Request request, int revision, List<FrozenFigure> figures, String actor) {
        Park park = repository.parks().stream().filter(Park::own).findFirst().orElseThrow();
        Publication publication = new Publication(request.period(), revision,
                request.note() == null || request.note().isBlank() ? null : request.note().strip(), park.code(),
                park.name(), actor, OffsetDateTime.now(clock));
        store.insert(publication, figures);
        return publication;
    }

    /** The figures as the anonymous public sees them now: the dashboard under disclosure control. */
    private List<FrozenFigure> freeze(Period period) {
        return dashboards.dashboard(period, false).indicators().stream()
                .map(f -> new FrozenFigure(f.code(), f.nameZh(), f.nameEn(), f.unit(), f.scope(), f.ytdLabel(),
                        f.value(), f.ytdValue(), f.yoyPct(), f.source(), f.suppressed()))
                .toList();
    }
}
