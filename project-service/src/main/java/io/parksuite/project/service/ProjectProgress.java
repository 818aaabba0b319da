package io.parksuite.project.service;

import io.parksuite.platform.http.Versions;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.domain.FundsArrival;
import io.parksuite.project.domain.MonthlyInvestment;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.messaging.ProjectEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
 * and the capacity reached. Each change updates the project's totals and publishes its event.
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

    @Transactional
    public Project recordCapacity(UUID id, String ifMatch, BigDecimal quantity, LocalDate on) {
        Project project = projects.load(id);
        Versions.requireMatch(ifMatch, project.version);
        if (project.stage != ProjectStage.PRODUCTION && project.stage != ProjectStage.FULL_PRODUCTION) {
            throw ProblemException.conflict("Capacity is reported once a project is in production (投产); it is "
                    + project.stage.describe());
        }
        if (on.isAfter(clock.today()) || (project.productionOn != null && on.isBefore(project.productionOn))) {
            throw ProblemException.invalidField("date", "must be between the production date and today");
        }
        project.capacityReachedQuantity = quantity;
        project.capacityReachedOn = on;
        project.touch(clock.now());
        project.flush();
        events.updated(project, List.of("capacity.reachedQuantity", "capacity.reachedOn"));
        return project;
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
