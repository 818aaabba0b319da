package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Release;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

    private final Jdbc jdbc;
    private final Clock clock;

    public Releases(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** A release to record. */
    public record Request(Period period, OffsetDateTime releasedAt) {
    }

    /** Records each release; recording one again with the same time changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Release> record(List<Request> requests, String actor) {
        return jdbc.call(connection -> {
            List<Release> recorded = new ArrayList<>();
            for (Request request : requests) {
                recorded.add(record(connection, request, actor));
            }
            return recorded;
        });
    }

    /**
     * The first recording inserts; a later one (or one that lost the race to insert) reads the row
     * under lock and may only move a release that has not passed yet.
     */
    private Release record(Connection connection, Request request, String actor) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Release wanted = new Release(request.period(), request.releasedAt(), actor, now);
        Optional<Release> existing = find(connection, request.period(), true);
        if (existing.isEmpty()) {
            if (write(connection, wanted, "on conflict (year, month) do nothing")) {
                return wanted;
            }
            existing = find(connection, request.period(), true);
        }
        Release release = existing.orElseThrow();
        if (release.releasedAt().toInstant().equals(request.releasedAt().toInstant())) {
            return release;
        }
        if (release.isReleasedAt(clock.instant())) {
            throw ProblemException.conflict("The figures of " + request.period() + " were released at "
                    + release.releasedAt() + "; a release cannot be moved or withdrawn once it has passed");
        }
        write(connection, wanted, """
                on conflict (year, month) do update
                   set released_at = excluded.released_at, recorded_by = excluded.recorded_by,
                       recorded_at = excluded.recorded_at""");
        return wanted;
    }

    /** Inserts the release, {@code onConflict} saying what an existing one becomes; true if a row was written. */
    private static boolean write(Connection connection, Release release, String onConflict) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into indicator_release (year, month, released_at, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)
                """ + onConflict)) {
            insert.setInt(1, release.period().year());
            insert.setInt(2, release.period().month());
            insert.setObject(3, release.releasedAt().withOffsetSameInstant(ZoneOffset.UTC));
            insert.setString(4, release.recordedBy());
            insert.setObject(5, release.recordedAt());
            return insert.executeUpdate() == 1;
        }
    }

    @Transactional
    public List<Release> list() {
        return jdbc.call(connection -> {
            List<Release> releases = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select year, month, released_at, recorded_by, recorded_at from indicator_release
                     order by year, month""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    releases.add(release(rows));
                }
            }
            return releases;
        });
    }

    /** The periods from {@code from} to {@code to} whose figures are not released yet. */
    @Transactional
    public Set<Period> unreleased(Period from, Period to) {
        return jdbc.call(connection -> {
            Set<Period> unreleased = new TreeSet<>();
            for (Period period = from; period.compareTo(to) <= 0; period = next(period)) {
                unreleased.add(period);
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    select year, month from indicator_release
                     where released_at <= ? and (year, month) between (?, ?) and (?, ?)""")) {
                select.setObject(1, OffsetDateTime.now(clock));
                select.setInt(2, from.year());
                select.setInt(3, from.month());
                select.setInt(4, to.year());
                select.setInt(5, to.month());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        unreleased.remove(new Period(rows.getInt(1), rows.getInt(2)));
                    }
                }
            }
            return unreleased;
        });
    }

    private static Optional<Release> find(Connection connection, Period period, boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select year, month, released_at, recorded_by, recorded_at from indicator_release
                 where year = ? and month = ?""" + (lock ? " for update" : ""))) {
            select.setInt(1, period.year());
            select.setInt(2, period.month());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(release(rows)) : Optional.empty();
            }
        }
    }

    private static Release release(ResultSet rows) throws SQLException {
        return new Release(new Period(rows.getInt(1), rows.getInt(2)), rows.getObject(3, OffsetDateTime.class),
                rows.getString(4), rows.getObject(5, OffsetDateTime.class));
    }

    static Period next(Period period) {
        return period.month() == 12 ? new Period(period.year() + 1, 2) : new Period(period.year(), period.month() + 1);
    }
}
