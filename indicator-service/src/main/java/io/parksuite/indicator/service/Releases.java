package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Release;
import io.parksuite.platform.persistence.Jdbc;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records and answers when each period's figures are officially released. A release may be
 * recorded ahead (a scheduled release) and moved while it lies ahead; once it has passed, the
 * figures are public and it cannot be taken back.
 */
@ApplicationScoped
public class Releases {

    private static final String COLUMNS = "select year, month, released_at, recorded_by, recorded_at from indicator_release";

    private final Jdbc jdbc;
    private final Clock clock;

    public Releases(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A release to record. */
    public record Request(Period period, OffsetDateTime releasedAt) {
    }

    /** Records each release; recording one again with the same time changes nothing. */
    @Transactional
    public List<Release> record(List<Request> requests, String actor) {
        List<Release> recorded = new ArrayList<>();
        for (Request request : requests) {
            recorded.add(record(request, actor));
        }
        return recorded;
    }

    /**
     * The first recording inserts; a later one (or one that lost the race to insert) reads the row
     * under lock and may only move a release that has not passed yet.
     */
    private Release record(Request request, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Release wanted = new Release(request.period(), request.releasedAt(), actor, now);
        Optional<Release> existing = locked(request.period());
        if (existing.isEmpty()) {
            if (write(wanted, "on conflict (year, month) do nothing")) {
                return wanted;
            }
            existing = locked(request.period());
        }
        Release release = existing.orElseThrow();
        if (release.releasedAt().toInstant().equals(request.releasedAt().toInstant())) {
            return release;
        }
        if (release.isReleasedAt(clock.instant())) {
            throw ProblemException.conflict("The figures of " + request.period() + " were released at "
                    + release.releasedAt() + "; a release cannot be moved or withdrawn once it has passed");
        }
        write(wanted, """
                on conflict (year, month) do update
                   set released_at = excluded.released_at, recorded_by = excluded.recorded_by,
                       recorded_at = excluded.recorded_at""");
        return wanted;
    }

    /** Inserts the release, {@code onConflict} saying what an existing one becomes; true if a row was written. */
    private boolean write(Release release, String onConflict) {
        return jdbc.update("""
                insert into indicator_release (year, month, released_at, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)
                """ + onConflict, release.period().year(), release.period().month(),
                release.releasedAt().withOffsetSameInstant(ZoneOffset.UTC), release.recordedBy(),
                release.recordedAt()) == 1;
    }

    @Transactional
    public List<Release> list() {
        return jdbc.list(COLUMNS + " order by year, month", Releases::release);
    }

    /** The periods from {@code from} to {@code to} whose figures are not released yet. */
    @Transactional
    public Set<Period> unreleased(Period from, Period to) {
        Set<Period> unreleased = new TreeSet<>();
        for (Period period = from; period.compareTo(to) <= 0; period = period.next()) {
            unreleased.add(period);
        }
        jdbc.list("""
                select year, month from indicator_release
                 where released_at <= ? and (year, month) between (?, ?) and (?, ?)""",
                rows -> new Period(rows.getInt(1), rows.getInt(2)),
                OffsetDateTime.now(clock), from.year(), from.month(), to.year(), to.month())
                .forEach(unreleased::remove);
        return unreleased;
    }

    /** 404 unless every period from {@code from} to {@code to} is released (统计法: nothing before release). */
    @Transactional
    public void requireReleased(Period from, Period to) {
        Set<Period> unreleased = unreleased(from, to);
        if (!unreleased.isEmpty()) {
            throw ProblemException.notFound("The figures of " + unreleased.iterator().next()
                    + " have not been officially released yet");
        }
    }

    /** The recorded release of {@code period}, if any. */
    @Transactional
    public Optional<Release> find(Period period) {
        return jdbc.first(COLUMNS + " where year = ? and month = ?", Releases::release, period.year(), period.month());
    }

    private Optional<Release> locked(Period period) {
        return jdbc.first(COLUMNS + " where year = ? and month = ? for update", Releases::release,
                period.year(), period.month());
    }

    private static Release release(ResultSet rows) throws SQLException {
        return new Release(new Period(rows.getInt(1), rows.getInt(2)), rows.getObject(3, OffsetDateTime.class),
                rows.getString(4), rows.getObject(5, OffsetDateTime.class));
    }
}
