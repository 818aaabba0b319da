package io.parksuite.project.service;

import io.parksuite.platform.problem.ProblemException;
import io.parksuite.project.domain.CaseTimeline;
import io.parksuite.project.domain.LeadTimeAttribution.Interval;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.service.LeadTimeViews.Days;
import io.parksuite.project.service.LeadTimeViews.Figures;
import io.parksuite.project.service.LeadTimeViews.Group;
import io.parksuite.project.service.LeadTimeViews.PartStats;
import io.parksuite.project.service.LeadTimeViews.Segment;
import io.parksuite.project.service.LeadTimeViews.SegmentStats;
import io.parksuite.project.service.LeadTimeViews.Stat;
import io.parksuite.project.service.LeadTimeViews.State;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * Lead times of many projects for leaders: count, median and mean of each part (government,
 * enterprise, construction, total) of 签约 → 开工 and 签约 → 投产, in total and per chain, officer
 * (责任人), desk officer (受理人), signing year or bundle. Only projects that reached a milestone
 * count in its figures; open ones are counted apart. At most {@value #MAX_PROJECTS} projects per call.
 */
@ApplicationScoped
public class LeadTimeFigures {

    /** The most projects one call attributes. */
    public static final int MAX_PROJECTS = 10_000;

    /** How the figures are grouped. */
    @Schema(name = "LeadTimeGroupBy", description = "NONE, CHAIN, OFFICER (责任人), DESK_OFFICER (受理人), YEAR (of "
            + "signing), BUNDLE")
    public enum GroupBy { NONE, CHAIN, OFFICER, DESK_OFFICER, YEAR, BUNDLE }

    /** Which signed projects count: chain, responsible officer, signing year; null is any. */
    public record Filters(String chainCode, String officer, Integer year) {
    }

    private final LeadTimes leadTimes;
    private final ParkClock clock;

    public LeadTimeFigures(LeadTimes leadTimes, ParkClock clock) {
        this.leadTimes = leadTimes;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Figures figures(Filters filters, GroupBy groupBy) {
        StringBuilder query = new StringBuilder("signedOn is not null");
        Map<String, Object> params = new HashMap<>();
        if (filters.chainCode() != null) {
            query.append(" and chainCode = :chain");
            params.put("chain", filters.chainCode());
        }
        if (filters.officer() != null) {
            query.append(" and officer = :officer");
            params.put("officer", filters.officer());
        }
        if (filters.year() != null) {
            query.append(" and signedOn >= :yearStart and signedOn < :yearEnd");
            params.put("yearStart", LocalDate.of(filters.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(filters.year() + 1, 1, 1));
        }
        long count = Project.count(query.toString(), params);
        if (count > MAX_PROJECTS) {
            throw ProblemException.invalidField("year", count + " signed projects match; narrow chain, officer or year "
                    + "to at most " + MAX_PROJECTS);
        }
        List<Project> selected = Project.list(query + " order by id", params);
        List<CaseTimeline> timelines = LeadTimes.timelinesOf(selected.stream().map(p -> p.id).toList());
        Map<String, List<Interval>> intervals = LeadTimes.intervalsOf(timelines);
        Map<UUID, List<CaseTimeline>> byProject = new HashMap<>();
        timelines.forEach(t -> byProject.computeIfAbsent(t.projectId, k -> new ArrayList<>()).add(t));
        LocalDate today = clock.today();
        Accumulator total = new Accumulator();
        Map<String, Accumulator> groups = new HashMap<>();
        for (Project project : selected) {
            List<CaseTimeline> own = byProject.getOrDefault(project.id, List.of());
            List<Interval> all = own.stream()
                    .flatMap(t -> intervals.getOrDefault(t.applicationId, List.of()).stream()).toList();
            Segment construction = leadTimes.segment(project, ProjectStage.CONSTRUCTION, all, today);
            Segment production = leadTimes.segment(project, ProjectStage.PRODUCTION, all, today);
            total.add(construction, production);
            if (groupBy != GroupBy.NONE) {
                for (String key : keys(project, own, groupBy)) {
                    groups.computeIfAbsent(key == null ? "" : key, k -> new Accumulator()).add(construction, production);
                }
            }
        }
        Map<String, Accumulator> sorted = new TreeMap<>(Comparator.comparing((String k) -> k.isEmpty())
                .thenComparing(Comparator.naturalOrder()));
        sorted.putAll(groups);
        List<Group> rows = new ArrayList<>();
        sorted.forEach((key, acc) -> rows.add(acc.group(key.isEmpty() ? null : key)));
        return new Figures(groupBy, today, total.group(null), rows);
    }

    private static Set<String> keys(Project project, List<CaseTimeline> timelines, GroupBy groupBy) {
        Set<String> keys = new LinkedHashSet<>();
        switch (groupBy) {
            case CHAIN -> keys.add(project.chainCode);
            case OFFICER -> keys.add(project.officer);
            case YEAR -> keys.add(String.valueOf(project.signedOn.getYear()));
            case DESK_OFFICER -> timelines.forEach(t -> keys.add(t.officer));
            case BUNDLE -> timelines.forEach(t -> keys.add(t.bundleCode));
            case NONE -> keys.add(null);
        }
        if (keys.isEmpty()) {
            keys.add(null);
        }
        return keys;
    }

    /** The reached segments' days of one group. */
    private static final class Accumulator {

        private long projects;
        private final Parts construction = new Parts();
        private final Parts production = new Parts();

        void add(Segment toConstruction, Segment toProduction) {
            projects++;
            construction.add(toConstruction);
            production.add(toProduction);
        }

        Group group(String key) {
            return new Group(key, projects, construction.stats(), production.stats());
        }
    }

    private static final class Parts {

        private long open;
        private final List<Days> calendar = new ArrayList<>();
        private final List<Days> working = new ArrayList<>();

        void add(Segment segment) {
            if (segment == null) {
                return;
            }
            if (segment.state() == State.OPEN) {
                open++;
            } else if (segment.state() == State.REACHED) {
                calendar.add(segment.calendarDays());
                if (segment.workingDays() != null) {
                    working.add(segment.workingDays());
                }
            }
        }

        SegmentStats stats() {
            return new SegmentStats(calendar.size(), open, parts(calendar), working.size(), parts(working));
        }

        private static PartStats parts(List<Days> days) {
            return new PartStats(stat(days, Days::total), stat(days, Days::government), stat(days, Days::enterprise),
                    stat(days, Days::construction));
        }

        private static Stat stat(List<Days> days, ToLongFunction<Days> part) {
            if (days.isEmpty()) {
                return null;
            }
            long[] values = days.stream().mapToLong(part).sorted().toArray();
            int n = values.length;
            BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(values[n / 2])
                    : BigDecimal.valueOf(values[n / 2 - 1] + values[n / 2]).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
            long sum = 0;
            for (long value : values) {
                sum += value;
            }
            return new Stat(median.setScale(1, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
        }
    }
}
