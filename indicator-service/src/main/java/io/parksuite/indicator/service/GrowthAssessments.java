package io.parksuite.indicator.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.indicator.config.GrowthCriteriaConfig;
import io.parksuite.indicator.domain.growth.Assessment;
import io.parksuite.indicator.domain.growth.GrowthFacts;
import io.parksuite.indicator.domain.growth.GrowthRules;
import io.parksuite.indicator.domain.growth.Programme;
import io.parksuite.indicator.domain.growth.Shortfall;
import io.parksuite.indicator.domain.growth.Standing;
import io.parksuite.indicator.messaging.GrowthCandidateEvents;
import io.parksuite.platform.persistence.Jdbc;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 瞪羚 / 独角兽 early warning: assesses every active enterprise for a year against the configured
 * province's criteria, keeps the year's assessment, and publishes an enterprise's standing for a
 * programme whenever it changes (first MEETS or NEAR, a change between them, or a fall to NONE).
 * Runs one at a time (a transaction-scoped advisory lock), so two instances or two calls never
 * publish the same change twice. An assessment of a year older than the one last published for
 * an enterprise never moves its published standing back, nor does one that lacks a figure (a year
 * whose annual figures are not in yet is not a fall).
 */
@ApplicationScoped
public class GrowthAssessments {

    private static final long LOCK = 0x47524f5754484153L;

    private final Jdbc jdbc;
    private final GrowthFactsReader reader;
    private final GrowthCandidateEvents events;
    private final GrowthCriteriaConfig config;
    private final GrowthCriteriaConfig.Province criteria;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public GrowthAssessments(Jdbc jdbc, GrowthFactsReader reader, GrowthCandidateEvents events,
                             GrowthCriteriaConfig config, ObjectMapper objectMapper, Clock clock) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.events = events;
        this.config = config;
        this.criteria = config.provinces().get(config.province());
        if (criteria == null) {
            throw new IllegalStateException("parksuite.growth.province=" + config.province()
                    + " has no criteria under parksuite.growth.provinces");
        }
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** What an assessment run did. */
    public record Summary(int year, String province, String criteriaVersion, int assessed, int meets, int near,
                          int published) {
    }

    private record Held(int year, Standing standing, long version) {
    }

    @Transactional
    public Summary assess(int year) {
        int lastComplete = OffsetDateTime.now(clock).getYear() - 1;
        if (year < 2000 || year > lastComplete) {
            throw ProblemException.invalidField("year", "must be a complete year from 2000 to " + lastComplete);
        }
        jdbc.first("select pg_advisory_xact_lock(?)", row -> 1, LOCK);
        GrowthRules rules = new GrowthRules(criteria);
        Map<String, Held> held = new HashMap<>();
        jdbc.list("select uscc, programme, year, standing, aggregate_version from growth_standing", row -> {
            held.put(row.getString(1) + "|" + row.getString(2),
                    new Held(row.getInt(3), Standing.valueOf(row.getString(4)), row.getLong(5)));
            return null;
        });
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<Object[]> stored = new ArrayList<>();
        List<Object[]> standings = new ArrayList<>();
        int assessed = 0;
        int meets = 0;
        int near = 0;
        for (GrowthFacts facts : reader.read(year)) {
            assessed++;
            for (Assessment assessment : List.of(rules.gazelle(facts, year), rules.unicorn(facts, year))) {
                meets += assessment.standing() == Standing.MEETS ? 1 : 0;
                near += assessment.standing() == Standing.NEAR ? 1 : 0;
                Held previous = held.get(assessment.uscc() + "|" + assessment.programme());
                if (assessment.standing() != Standing.NONE || previous != null) {
                    stored.add(new Object[]{assessment.uscc(), assessment.programme().name(), year,
                            assessment.standing().name(), config.province(), criteria.version(), json(assessment),
                            Timestamp.from(now.toInstant())});
                }
                if (changed(previous, assessment)) {
                    long version = previous == null ? 1 : previous.version() + 1;
                    events.flagged(assessment, config.province(), criteria.version(), now, version);
                    standings.add(new Object[]{assessment.uscc(), assessment.programme().name(), year,
                            assessment.standing().name(), version});
                }
            }
        }
        jdbc.update("delete from growth_assessment where year = ?", year);
        jdbc.batch("""
                insert into growth_assessment (uscc, programme, year, standing, province, criteria_version, payload,
                       assessed_at)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""", stored);
        jdbc.batch("""
                insert into growth_standing (uscc, programme, year, standing, aggregate_version) values (?, ?, ?, ?, ?)
                on conflict (uscc, programme) do update set year = excluded.year, standing = excluded.standing,
                       aggregate_version = excluded.aggregate_version""", standings);
        return new Summary(year, config.province(), criteria.version(), assessed, meets, near, standings.size());
    }

    /** The stored assessments of a year that meet or near a programme's criteria. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assessment> candidates(int year, Programme programme, Standing standing) {
        return jdbc.list("""
                select payload from growth_assessment
                 where year = ? and standing <> 'NONE' and (cast(? as varchar) is null or programme = ?)
                   and (cast(? as varchar) is null or standing = ?)
                 order by programme, standing, uscc""", row -> read(row.getString(1)), year,
                name(programme), name(programme), name(standing), name(standing));
    }

    public String province() {
        return config.province();
    }

    public String criteriaVersion() {
        return criteria.version();
    }

    private static boolean changed(Held previous, Assessment assessment) {
        if (previous == null) {
            return assessment.standing() != Standing.NONE;
        }
        if (assessment.year() < previous.year() || assessment.shortfalls().stream()
                .anyMatch(s -> Shortfall.DATA.equals(s.criterion()))) {
            return false;
        }
        return assessment.year() > previous.year() ? assessment.standing() != previous.standing()
                || assessment.standing() != Standing.NONE : assessment.standing() != previous.standing();
    }

    private static Object name(Enum<?> value) {
        return value == null ? new Jdbc.TypedNull(java.sql.Types.VARCHAR) : value.name();
    }

    private String json(Assessment assessment) {
        try {
            return objectMapper.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Assessment read(String json) {
        try {
            return objectMapper.readValue(json, Assessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
