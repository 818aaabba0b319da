package io.parksuite.approval.service;

import io.parksuite.approval.domain.Acceptance;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.Bundle;
import io.parksuite.approval.domain.BundlePromise;
import io.parksuite.approval.domain.Channel;
import io.parksuite.approval.domain.ItemClock;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.approval.domain.Step;
import io.parksuite.approval.domain.TaskStatus;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.uscc.Uscc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 历史办件导入: dated cases concluded before the desk existed become concluded (archived) applications with one
 * decided task per department, so that their case-timeline reaches project-service's lead times. Every case is
 * checked first and nothing is stored unless all are valid (its project and follow-ups too, {@link HistoricalCaseDetails}); a reference number already imported is left as it is
 * (the import may be repeated), one the desk uses for a case of its own is a conflict.
 */
@ApplicationScoped
public class HistoryImport {

    public static final int MAX_CASES = 500;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final LocalDate EARLIEST = LocalDate.of(2010, 1, 1);

    /** One historical case as imported. */
    public record HistoricalCase(String referenceNumber, String itemCode, String bundleCode, String applicantUscc,
                                 String applicantName, UUID projectId, OffsetDateTime createdAt,
                                 OffsetDateTime submittedAt, OffsetDateTime acceptedAt,
                                 List<DepartmentDecision> decisions, OffsetDateTime concludedAt, String result,
                                 String projectName, List<HistoricalCaseDetails.HistoricalFollowUp> followUps) {
    }

    /** A department's decision in a historical case. */
    public record DepartmentDecision(String department, String decision, OffsetDateTime decidedAt) {
    }

    /** Where an imported case was stored and whether this import created it. */
    public record Outcome(String referenceNumber, UUID applicationId, boolean created) {
    }

    private final Catalogue catalogue;
    private final Calendars calendars;
    private final CaseTimelines timelines;
    private final StepLog log;
    private final Access access;
    private final EntityManager entityManager;
    private final HistoricalCaseDetails details;

    public HistoryImport(Catalogue catalogue, Calendars calendars, CaseTimelines timelines, StepLog log, Access access,
                         EntityManager entityManager, HistoricalCaseDetails details) {
        this.details = details;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.timelines = timelines;
        this.log = log;
        this.access = access;
        this.entityManager = entityManager;
    }

    @Transactional
    public List<Outcome> importAll(List<HistoricalCase> cases) {
        if (!access.isDesk()) {
            throw Access.forbidden("Only the service centre imports historical cases");
        }
        if (cases == null || cases.isEmpty() || cases.size() > MAX_CASES) {
            throw ProblemException.invalidField("cases", "send 1 to " + MAX_CASES + " cases");
        }
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, "approval.history-import").getSingleResult();
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, List<ServiceItem>> itemsByCase = new HashMap<>();
        Map<String, UUID> projectByCase = new HashMap<>();
        Set<String> seen = new HashSet<>();
        LocalDate today = calendars.today();
        for (int i = 0; i < cases.size(); i++) {
            HistoricalCase c = cases.get(i);
            String at = "[" + i + "].";
            if (c == null) {
                errors.add(new Problem.FieldError("[" + i + "]", "a case, not null"));
                continue;
            }
            if (c.referenceNumber() == null || !REFERENCE.matcher(c.referenceNumber()).matches()) {
                errors.add(new Problem.FieldError(at + "referenceNumber", "1 to 32 letters, digits or hyphens"));
            } else if (!seen.add(c.referenceNumber())) {
                errors.add(new Problem.FieldError(at + "referenceNumber", "appears twice in this import"));
            }
            List<ServiceItem> items = items(c, at, errors);
            String usccProblem = c.applicantUscc() == null ? "required" : Uscc.problem(c.applicantUscc());
            if (usccProblem != null) {
                errors.add(new Problem.FieldError(at + "applicantUscc", usccProblem));
            }
            if (c.applicantName() != null && c.applicantName().length() > 200) {
                errors.add(new Problem.FieldError(at + "applicantName", "at most 200 characters"));
            }
            dates(c, at, today, errors);
            if (items != null) {
                decisions(c, at, items, errors);
                details.validate(c, at, items, errors);
                itemsByCase.put(c.referenceNumber(), items);
            }
            projectByCase.put(c.referenceNumber(), details.project(c, at, errors));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        List<Outcome> outcomes = new ArrayList<>(cases.size());
        for (HistoricalCase c : cases) {
            Application existing = Application.find("referenceNumber", c.referenceNumber()).firstResult();
            if (existing != null && existing.importedAt == null) {
                throw ProblemException.conflict("Reference number " + c.referenceNumber() + " is a case of the desk's "
                        + "own, not an imported one; nothing was imported");
            }
            outcomes.add(existing != null ? new Outcome(c.referenceNumber(), existing.id, false)
                    : new Outcome(c.referenceNumber(), store(c, itemsByCase.get(c.referenceNumber()),
                    projectByCase.get(c.referenceNumber())).id, true));
        }
        return outcomes;
    }

    private Application store(HistoricalCase c, List<ServiceItem> items, UUID projectId) {
        WorkingCalendar calendar = calendars.current();
        Bundle bundle = c.bundleCode() == null ? null : Bundle.findById(c.bundleCode());
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.referenceNumber = c.referenceNumber();
        a.itemCode = c.itemCode();
        a.bundleCode = c.bundleCode();
        a.applicantUscc = c.applicantUscc();
        a.applicantName = c.applicantName() == null || c.applicantName().isBlank() ? c.applicantUscc() : c.applicantName().strip();
        a.projectId = projectId;
        a.channel = Channel.ONLINE;
        a.status = ApplicationStatus.ARCHIVED;
        a.formData = new HashMap<>();
        a.createdAt = utc(c.createdAt());
        a.submittedAt = utc(c.submittedAt());
        a.intakeDate = day(c.submittedAt());
        a.acceptance = Acceptance.ACCEPTED;
        a.acceptedAt = utc(c.acceptedAt());
        a.acceptedOn = day(c.acceptedAt());
        a.promisedLimitDays = bundle != null ? bundle.promisedLimitDays : items.get(0).promisedLimitDays;
        a.statutoryLimitDays = BundlePromise.applicationStatutoryLimit(bundle != null, items.stream()
                .map(i -> i.statutoryLimitDays).filter(Objects::nonNull).max(Integer::compareTo).orElse(null));
        a.departmentList = "," + String.join(",", departments(items)) + ",";
        a.pauses = new ArrayList<>();
        a.setDeadlines(calendar);
        a.result = c.result();
        a.concludedAt = utc(c.concludedAt());
        a.workingDaysUsed = calendar.workingDaysBetween(a.acceptedOn, day(c.concludedAt()), a.clockPauses());
        a.archivedAt = a.concludedAt;
        a.importedAt = log.now();
        a.updatedAt = a.importedAt;
        a.persist();
        for (DepartmentDecision d : c.decisions()) {
            ApplicationTask task = new ApplicationTask();
            task.id = UUID.randomUUID();
            task.applicationId = a.id;
            task.department = d.department();
            task.itemCodes = items.stream().filter(i -> i.department.equals(d.department())).map(i -> i.code).toList();
            task.status = TaskStatus.valueOf(d.decision());
            task.promisedLimitDays = Math.min(items.stream().filter(i -> i.department.equals(d.department()))
                    .mapToInt(i -> i.promisedLimitDays).max().orElse(0), a.promisedLimitDays);
            task.statutoryLimitDays = items.stream().filter(i -> i.department.equals(d.department()))
                    .map(i -> i.statutoryLimitDays).filter(Objects::nonNull).max(Integer::compareTo).orElse(null);
            task.itemClocks = items.stream().filter(i -> i.department.equals(d.department()) && i.statutoryLimitDays != null)
                    .map(ItemClock::of).toList();
            task.setDeadlines(calendar, a);
            task.decidedAt = utc(d.decidedAt());
            task.decidedBy = access.actor();
            task.opinion = "历史办件导入";
            task.persist();
        }
        log.record(a, Step.ARCHIVE, null, ApplicationStatus.ARCHIVED, access.actor(), Notice.NONE,
                "imported historical case " + a.referenceNumber);
        details.store(a, c, items);
        timelines.publish(a);
        return a;
    }

    private List<ServiceItem> items(HistoricalCase c, String at, List<Problem.FieldError> errors) {
        if ((c.itemCode() == null) == (c.bundleCode() == null)) {
            errors.add(new Problem.FieldError(at + "itemCode", "name exactly one of itemCode and bundleCode"));
            return null;
        }
        if (c.bundleCode() != null) {
            Bundle bundle = Bundle.findById(c.bundleCode());
            if (bundle == null) {
                errors.add(new Problem.FieldError(at + "bundleCode", "no bundle " + c.bundleCode()));
                return null;
            }
            return catalogue.itemsOf(bundle);
        }
        ServiceItem item = ServiceItem.findById(c.itemCode());
        if (item == null) {
            errors.add(new Problem.FieldError(at + "itemCode", "no service item " + c.itemCode()));
            return null;
        }
        return List.of(item);
    }

    /** createdAt ≤ submittedAt ≤ acceptedAt ≤ concludedAt ≤ now, none before 2010 (the first holiday notice held). */
    private void dates(HistoricalCase c, String at, LocalDate today, List<Problem.FieldError> errors) {
        Map<String, OffsetDateTime> dates = new LinkedHashMap<>();
        dates.put("createdAt", c.createdAt());
        dates.put("submittedAt", c.submittedAt());
        dates.put("acceptedAt", c.acceptedAt());
        dates.put("concludedAt", c.concludedAt());
        OffsetDateTime previous = null;
        String previousName = null;
        for (Map.Entry<String, OffsetDateTime> date : dates.entrySet()) {
            OffsetDateTime value = date.getValue();
            if (value == null) {
                errors.add(new Problem.FieldError(at + date.getKey(), "required"));
                continue;
            }
            if (day(value).isBefore(EARLIEST) || day(value).isAfter(today)) {
                errors.add(new Problem.FieldError(at + date.getKey(), "between " + EARLIEST + " and today"));
            } else if (previous != null && value.isBefore(previous)) {
                errors.add(new Problem.FieldError(at + date.getKey(), "not before " + previousName));
            }
            previous = value;
            previousName = date.getKey();
        }
        if (!"approved".equals(c.result()) && !"denied".equals(c.result())) {
            errors.add(new Problem.FieldError(at + "result", "approved or denied"));
        }
    }

    /** One decision per department of the items, each between acceptance and conclusion; the result follows them. */
    private static void decisions(HistoricalCase c, String at, List<ServiceItem> items, List<Problem.FieldError> errors) {
        List<String> departments = departments(items);
        if (c.decisions() == null || c.decisions().size() != departments.size()) {
            errors.add(new Problem.FieldError(at + "decisions", "one decision per department: " + departments));
            return;
        }
        Set<String> decided = new HashSet<>();
        boolean allApproved = true;
        for (int j = 0; j < c.decisions().size(); j++) {
            DepartmentDecision d = c.decisions().get(j);
            String where = at + "decisions[" + j + "].";
            if (d == null || d.department() == null || !departments.contains(d.department()) || !decided.add(d.department())) {
                errors.add(new Problem.FieldError(where + "department", "one of " + departments + ", once each"));
                continue;
            }
            if (!"APPROVED".equals(d.decision()) && !"DENIED".equals(d.decision())) {
                errors.add(new Problem.FieldError(where + "decision", "APPROVED or DENIED"));
            }
            allApproved &= "APPROVED".equals(d.decision());
            if (d.decidedAt() == null || (c.acceptedAt() != null && d.decidedAt().isBefore(c.acceptedAt()))
                    || (c.concludedAt() != null && d.decidedAt().isAfter(c.concludedAt()))) {
                errors.add(new Problem.FieldError(where + "decidedAt", "between acceptedAt and concludedAt"));
            }
        }
        if (c.result() != null && allApproved != "approved".equals(c.result())) {
            errors.add(new Problem.FieldError(at + "result", "approved exactly when every department approved"));
        }
    }

    private static List<String> departments(List<ServiceItem> items) {
        return items.stream().map(i -> i.department).distinct().toList();
    }

    private static OffsetDateTime utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static LocalDate day(OffsetDateTime at) {
        return WorkingCalendar.dateOf(at.toInstant());
    }
}
