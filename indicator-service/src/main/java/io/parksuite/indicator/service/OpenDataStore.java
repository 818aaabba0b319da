package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.FrozenFigure;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Publication;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of open data (政府数据开放): publications and the figures they froze. Nothing here reads
 * the rollups; open data answers come from these two tables only.
 */
@ApplicationScoped
public class OpenDataStore {

    /** "OPENDATA" in the first half of the two-key advisory lock: one publisher of a period at a time. */
    private static final int PUBLICATION_LOCK = 0x4F504E44;
    private static final String PUBLICATIONS = """
            select year, month, revision, note, park_code, park_name, published_by, published_at
              from open_data_publication""";
    private static final String FIGURES = """
            select indicator_code, name_zh, name_en, unit, scope, ytd_label, month_value, ytd_value, yoy_pct, source,
                   suppressed
              from open_data_figure""";

    private final Jdbc jdbc;

    public OpenDataStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for, then holds until commit, the right to publish {@code period}. */
    void lock(Period period) {
        jdbc.list("select pg_advisory_xact_lock(?, ?)", rows -> 0, PUBLICATION_LOCK,
                period.year() * 100 + period.month());
    }

    Optional<Publication> latest(Period period) {
        return jdbc.first(PUBLICATIONS + " where year = ? and month = ? order by revision desc limit 1",
                OpenDataStore::publication, period.year(), period.month());
    }

    Optional<Publication> revision(Period period, int revision) {
        return jdbc.first(PUBLICATIONS + " where year = ? and month = ? and revision = ?",
                OpenDataStore::publication, period.year(), period.month(), revision);
    }

    /** Every revision of a period, the first first. */
    List<Publication> revisions(Period period) {
        return jdbc.list(PUBLICATIONS + " where year = ? and month = ? order by revision",
                OpenDataStore::publication, period.year(), period.month());
    }

    /** Every revision of every period, by period and revision. */
    List<Publication> all() {
        return jdbc.list(PUBLICATIONS + " order by year, month, revision", OpenDataStore::publication);
    }

    /** The latest revision of every published period, oldest period first. */
    List<Publication> latestOfEveryPeriod() {
        return jdbc.list(PUBLICATIONS + " where (year, month, revision) in (select year, month, max(revision)"
                + " from open_data_publication group by year, month) order by year, month", OpenDataStore::publication);
    }

    /** The frozen figures of a revision, in catalogue order. */
    List<FrozenFigure> figures(Publication publication) {
        return jdbc.list(FIGURES + " where year = ? and month = ? and revision = ? order by position",
                OpenDataStore::figure, publication.period().year(), publication.period().month(),
                publication.revision());
    }

    void insert(Publication publication, List<FrozenFigure> figures) {
        Period period = publication.period();
        jdbc.update("""
                insert into open_data_publication (year, month, revision, note, park_code, park_name, published_by,
                                                   published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", period.year(), period.month(), publication.revision(),
                publication.note() == null ? new Jdbc.TypedNull(Types.VARCHAR) : publication.note(),
                publication.parkCode(), publication.parkName(), publication.publishedBy(),
                publication.publishedAt().withOffsetSameInstant(ZoneOffset.UTC));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            FrozenFigure f = figures.get(i);
            rows.add(new Object[]{period.year(), period.month(), publication.revision(), i + 1, f.code(), f.nameZh(),
                    f.nameEn(), f.unit(), orNull(f.scope()), f.ytdLabel(), orNull(f.value()), orNull(f.ytdValue()),
                    orNull(f.yoyPct()), f.source(), f.suppressed()});
        }
        jdbc.batch("""
                insert into open_data_figure (year, month, revision, position, indicator_code, name_zh, name_en, unit,
                                              scope, ytd_label, month_value, ytd_value, yoy_pct, source, suppressed)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static Object orNull(Object value) {
        if (value != null) {
            return value;
        }
        return new Jdbc.TypedNull(Types.NUMERIC);
    }

    private static Object orNull(String value) {
        return value == null ? new Jdbc.TypedNull(Types.VARCHAR) : value;
    }

    private static Publication publication(ResultSet rows) throws SQLException {
        return new Publication(new Period(rows.getInt(1), rows.getInt(2)), rows.getInt(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getObject(8, OffsetDateTime.class));
    }

    private static FrozenFigure figure(ResultSet rows) throws SQLException {
        return new FrozenFigure(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getBigDecimal(7), rows.getBigDecimal(8),
                rows.getBigDecimal(9), rows.getString(10), rows.getBoolean(11));
    }
}
