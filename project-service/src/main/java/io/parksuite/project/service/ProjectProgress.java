package io.parksuite.project.service;

import io.parksuite.platform.http.Versions;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.domain.CapacityReport;
import io.parksuite.project.domain.FundsArrival;
import io.parksuite.project.domain.MonthlyInvestment;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.messaging.ProjectEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A project's progress after signing: completed fixed-asset investment per month (固定资产投资,
 * a re-report replaces the month), funds arrived (到位资金) each with its confirming reference,
 * and the capacity reached, every dated report kept. Each change updates the project's totals and publishes
 * its event.
 */
@ApplicationScoped
public class ProjectProgress {

    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    private final ProjectService projects;
    private final ProjectEvents events;
    private final EntityManager entityManager;
    private final YearlyInvestment yearly;
    private final ParkClock clock;

    public ProjectProgress(ProjectService projects, ProjectEvents events, EntityManager entityManager,
                           YearlyInvestment yearly, ParkClock clock) {
        this.projects = projects;
        this.events = events;
        this.entityManager = entityManager;
        this.yearly = yearly;
        this.clock = clock;
    }

    public static YearMonth period(String value) {
        if (value == null || !PERIOD.matcher(value).matches()) {
            throw ProblemException.invalidField("period", "must be a month YYYY-MM");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("period", "must be a month YYYY-MM");
        }
    }

    @Transactional
    public MonthlyInvestment reportInvestment(UUID id, String periodText, BigDecimal completedYuan, String actor) {
        YearMonth period = period(periodText);
        if (period.isAfter(clock.thisMonth())) {
            throw ProblemException.invalidField("period", "must not be a future month");
        }
        Project project = projects.load(id);
        requireSigned(project, "report investment");
        MonthlyInvestment.Key key = new MonthlyInvestment.Key(id, period.toString());
        MonthlyInvestment month = MonthlyInvestment.findById(key);
        if (month == null) {
            month = new MonthlyInvestment();
            month.key = key;
        }
        month.completedYuan = completedYuan;
        month.reportedAt = clock.now();
        month.reportedBy = actor;
        month.persist();
        entityManager.flush();
        yearly.refresh(List.of(id));
        project.completedInvestmentYuan = (BigDecimal) entityManager.createQuery(
                        "select coalesce(sum(m.completedYuan), 0) from MonthlyInvestment m where m.key.projectId = ?1")
                .setParameter(1, id).getSingleResult();
        project.touch(clock.now());
        project.flush();
        events.investmentReported(project, period.toString(), completedYuan);
        return month;
    }

    @Transactional
    public FundsArrival recordFunds(UUID id, LocalDate arrivedOn, BigDecimal amountYuan, String reference, String actor) {
        if (arrivedOn.isAfter(clock.today())) {
            throw ProblemException.invalidField("arrivedOn", "must not be in the future");
        }
        Project project = projects.load(id);
        requireSigned(project, "record funds");
        String ref = reference.strip();
        if (FundsArrival.count("projectId = ?1 and reference = ?2", id, ref) > 0) {
            throw ProblemException.conflict("Funds with reference " + ref + " are already recorded for this project");
        }
        FundsArrival arrival = new FundsArrival();
        arrival.projectId = id;
        arrival.arrivedOn = arrivedOn;
        arrival.amountYuan = amountYuan;
        arrival.reference = ref;
        arrival.recordedAt = clock.now();
        arrival.recordedBy = actor;
        arrival.persist();
        project.fundsArrivedYuan = project.fundsArrivedYuan.add(amountYuan);
        project.touch(clock.now());
        project.flush();
        events.fundsArrived(project, arrivedOn, amountYuan, ref);
        return arrival;
    }

    /**
     * The legacy single-value report ({@code POST …/capacity-reached}): needs the project's version and records
     * a report in the plan's unit as {@link #reportCapacity} does; as before, also for a project without a planned
     * capacity, whose report then has no unit.
     */
    @Transactional
    public Project recordCapacity(UUID id, String ifMatch, BigDecimal quantity, LocalDate on, String actor) {
        Versions.requireMatch(ifMatch, projects.load(id).version);
        return record(id, on, quantity, null, null, actor, false).project();
    }

    /**
     * Records a dated report of the capacity reached by a project in production (投产 or 达产). Every report is
     * kept, one per date (a second report for the same date is a 409: correct a figure by reporting a later
     * date); the project's reached capacity follows the latest date only, so a late-arriving older report joins
     * the series without overwriting it, and only a new latest publishes parksuite.project.updated.v1.
     */
    @Transactional
    public RecordedCapacity reportCapacity(UUID id, LocalDate on, BigDecimal quantity, String unit, String note,
                                           String actor) {
        return record(id, on, quantity, unit, note, actor, true);
    }

    private RecordedCapacity record(UUID id, LocalDate on, BigDecimal quantity, String unit, String note, String actor,
                                    boolean unitRequired) {
        if (on.isAfter(clock.today())) {
            throw ProblemException.invalidField("date", "must not be in the future");
        }
        Project project = Project.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw ProblemException.notFound("No project with id " + id);
        }
        if (project.stage != ProjectStage.PRODUCTION && project.stage != ProjectStage.FULL_PRODUCTION) {
            throw ProblemException.conflict("Capacity is reported once a project is in production (投产); it is "
                    + project.stage.describe());
        }
        if (project.productionOn != null && on.isBefore(project.productionOn)) {
            throw ProblemException.invalidField("date", "must not be before the production date " + project.productionOn);
        }
        String given = unit == null || unit.isBlank() ? null : unit.strip();
        if (given != null && project.capacityUnit != null && !given.equals(project.capacityUnit)) {
            throw ProblemException.invalidField("unit", "must be the unit of the planned capacity, " + project.capacityUnit);
        }
        if (given == null && project.capacityUnit == null && unitRequired) {
            throw ProblemException.invalidField("unit", "is required while the project has no planned capacity");
        }
        if (CapacityReport.count("projectId = ?1 and reportedOn = ?2", id, on) > 0) {
            throw ProblemException.conflict("Capacity is already reported for " + on + " on this project; "
                    + "a report is kept as recorded, report a later date to update the figure");
        }
        CapacityReport report = new CapacityReport();
        report.projectId = id;
        report.reportedOn = on;
        report.reachedQuantity = quantity;
        report.unit = given != null ? given : project.capacityUnit != null ? project.capacityUnit : "";
        report.note = note == null || note.isBlank() ? null : note.strip();
        report.recordedAt = clock.now();
        report.recordedBy = actor;
        report.persist();
        if (project.capacityReachedOn == null || on.isAfter(project.capacityReachedOn)) {
            project.capacityReachedQuantity = quantity;
            project.capacityReachedOn = on;
            project.touch(clock.now());
            project.flush();
            events.updated(project, List.of("capacity.reachedQuantity", "capacity.reachedOn"));
        } else {
            report.flush();
        }
        return new RecordedCapacity(project, report);
    }

    /** A project's capacity reports, oldest date first, if {@code caller} may see the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CapacityHistory capacityReports(Caller caller, UUID id) {
        Project project = projects.findFor(caller, id);
        return new CapacityHistory(project, CapacityReport.list("projectId = ?1 order by reportedOn", project.id));
    }

    /** A capacity report as recorded, with its project as it stands after it. */
    public record RecordedCapacity(Project project, CapacityReport report) {
    }

    /** A project with its capacity reports, oldest date first. */
    public record CapacityHistory(Project project, List<CapacityReport> reports) {
    }

    /** A project's monthly investment, oldest month first, if {@code caller} may see the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonthlyInvestment> investments(Caller caller, UUID id) {
        return MonthlyInvestment.list("key.projectId = ?1 order by key.period", projects.findFor(caller, id).id);
    }

    /** The funds arrived for a project, oldest first, if {@code caller} may see the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundsArrival> funds(Caller caller, UUID id) {
        return FundsArrival.list("projectId = ?1 order by arrivedOn, id", projects.findFor(caller, id).id);
    }

    private static void requireSigned(Project project, String action) {
        String reason = unsignedReason(project, action);
        if (reason != null) {
            throw ProblemException.conflict(reason);
        }
    }

    /** Why the project cannot take progress yet (it was never signed), or null when it can. */
    static String unsignedReason(Project project, String action) {
        ProjectStage where = project.stage == ProjectStage.STALLED ? project.stalledFrom : project.stage;
        if (where == ProjectStage.LEAD || where == ProjectStage.NEGOTIATING
                || (project.stage == ProjectStage.TERMINATED && project.signedOn == null && project.constructionOn == null)) {
            return "Only a signed project can " + action + "; this one is " + project.stage.describe();
        }
        return null;
    }
}
