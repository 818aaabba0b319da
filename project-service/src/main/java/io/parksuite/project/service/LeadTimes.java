package io.parksuite.project.service;

import io.parksuite.platform.security.Caller;
import io.parksuite.project.domain.CaseInterval;
import io.parksuite.project.domain.CaseTimeline;
import io.parksuite.project.domain.LeadTimeAttribution;
import io.parksuite.project.domain.LeadTimeAttribution.Interval;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.service.LeadTimeViews.Application;
import io.parksuite.project.service.LeadTimeViews.Days;
import io.parksuite.project.service.LeadTimeViews.ProjectLeadTime;
import io.parksuite.project.service.LeadTimeViews.Segment;
import io.parksuite.project.service.LeadTimeViews.State;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's lead time (签约 → 开工, 签约 → 投产) attributed to government, enterprise and
 * construction time from the case timelines of its applications ({@link CaseTimelines}), in
 * calendar days and in the working days of {@link ProjectDurations}' calendar (with its rule for
 * years it cannot count). A milestone not reached yet is measured to today and marked open.
 */
@ApplicationScoped
public class LeadTimes {

    private static final int CHUNK = 1_000;

    private final ProjectService projects;
    private final ProjectDurations durations;
    private final ParkClock clock;

    public LeadTimes(ProjectService projects, ProjectDurations durations, ParkClock clock) {
        this.projects = projects;
        this.durations = durations;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectLeadTime of(Caller caller, UUID id) {
        Project project = projects.findFor(caller, id);
        List<CaseTimeline> timelines = CaseTimeline.ofProjects(List.of(project.id));
        Map<String, List<Interval>> intervals = intervalsOf(timelines);
        List<Interval> all = intervals.values().stream().flatMap(List::stream).toList();
        LocalDate today = clock.today();
        Segment construction = segment(project, ProjectStage.CONSTRUCTION, all, today);
        Segment production = segment(project, ProjectStage.PRODUCTION, all, today);
        LocalDate end = production == null ? null : production.until() != null ? production.until() : today;
        List<Application> applications = new ArrayList<>();
        for (CaseTimeline t : timelines) {
            List<Interval> own = intervals.getOrDefault(t.applicationId, List.of());
            applications.add(new Application(t.applicationId, t.referenceNumber, t.bundleCode, t.itemCode, t.officer,
                    t.submittedAt, t.concludedAt, t.result,
                    end == null ? 0 : LeadTimeAttribution.covered(project.signedOn, end, own,
                            LeadTimeAttribution.Party.GOVERNMENT),
                    end == null ? 0 : LeadTimeAttribution.covered(project.signedOn, end, own,
                            LeadTimeAttribution.Party.ENTERPRISE)));
        }
        return new ProjectLeadTime(project.id, project.name, project.signedOn, today, construction, production,
                applications);
    }

    /** 签约 → {@code target} of {@code project}; null while the project is not signed. */
    Segment segment(Project project, ProjectStage target, List<Interval> intervals, LocalDate today) {
        if (project.signedOn == null) {
            return null;
        }
        LocalDate reached = project.milestone(target);
        State state;
        LocalDate until;
        if (reached != null) {
            state = State.REACHED;
            until = reached;
        } else if (passed(project, target)) {
            return new Segment(target, State.SKIPPED, null, null, null, false);
        } else if (project.stage == ProjectStage.TERMINATED && project.terminatedOn != null) {
            state = State.TERMINATED;
            until = project.terminatedOn;
        } else {
            state = State.OPEN;
            until = today;
        }
        if (until.isBefore(project.signedOn)) {
            until = project.signedOn;
        }
        LeadTimeAttribution.Attribution attribution = LeadTimeAttribution.attribute(project.signedOn, until, intervals,
                durations.workingDayTest(project.signedOn));
        return new Segment(target, state, until, Days.of(attribution.calendarDays()),
                Days.of(attribution.workingDays()),
                attribution.workingDays() != null && durations.provisional(project.signedOn, until));
    }

    /** Whether the project recorded a later main milestone, or stands beyond {@code target}, without it. */
    private static boolean passed(Project project, ProjectStage target) {
        ProjectStage base = project.stage == ProjectStage.STALLED ? project.stalledFrom : project.stage;
        if (base != null && base.isMain() && base.order() > target.order()) {
            return true;
        }
        return ProjectStage.mainLine().stream()
                .anyMatch(stage -> stage.order() > target.order() && project.milestone(stage) != null);
    }

    /** The intervals of the timelines, by application id. */
    static Map<String, List<Interval>> intervalsOf(Collection<CaseTimeline> timelines) {
        Map<String, List<Interval>> byApplication = new HashMap<>();
        List<String> ids = timelines.stream().map(t -> t.applicationId).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (CaseInterval interval : CaseInterval.ofApplications(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                byApplication.computeIfAbsent(interval.applicationId, k -> new ArrayList<>()).add(interval.interval());
            }
        }
        return byApplication;
    }

    /** The timelines of the projects, chunked. */
    static List<CaseTimeline> timelinesOf(List<UUID> projectIds) {
        List<CaseTimeline> timelines = new ArrayList<>();
        for (int i = 0; i < projectIds.size(); i += CHUNK) {
            timelines.addAll(CaseTimeline.ofProjects(projectIds.subList(i, Math.min(projectIds.size(), i + CHUNK))));
        }
        return timelines;
    }
}
