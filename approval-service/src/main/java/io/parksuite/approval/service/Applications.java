package io.parksuite.approval.service;

import io.parksuite.approval.config.ApprovalConfig;
import io.parksuite.approval.domain.Acceptance;
import io.parksuite.approval.domain.ApplicantEnterprise;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.Bundle;
import io.parksuite.approval.domain.Channel;
import io.parksuite.approval.domain.ClockRules;
import io.parksuite.approval.domain.Deficiency;
import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.domain.FollowUpTask;
import io.parksuite.approval.domain.FormField;
import io.parksuite.approval.domain.Lifecycle;
import io.parksuite.approval.domain.MaterialSpec;
import io.parksuite.approval.domain.MergedForm;
import io.parksuite.approval.domain.PausePeriod;
import io.parksuite.approval.domain.Rating;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.approval.domain.Step;
import io.parksuite.approval.domain.StepRecord;
import io.parksuite.approval.domain.StoredMaterial;
import io.parksuite.approval.domain.TaskStatus;
import io.parksuite.approval.messaging.ApprovalEvents;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The application lifecycle (办件流程) as transactions: each step is checked against the state
 * machine (an illegal one is a 409 naming the allowed steps), applies the law's time-limit rules on
 * the working calendar, records who took it, when, and the notice it produced, and publishes the
 * events other services rely on.
 */
@ApplicationScoped
public class Applications {

    public static final String SYSTEM_ACTOR = "system";
    private static final Set<String> SPECIAL_PROCEDURES = Set.of("HEARING", "TESTING", "EXPERT_REVIEW", "ON_SITE_INSPECTION");
    private static final Set<String> DELIVERY_METHODS = Set.of("ONLINE", "POST", "COUNTER");

    private final Catalogue catalogue;
    private final Calendars calendars;
    private final ApprovalEvents events;
    private final ApprovalConfig config;
    private final ApplicantRefs applicantRefs;
    private final EntityManager entityManager;
    private final Clock clock;

    public Applications(Catalogue catalogue, Calendars calendars, ApprovalEvents events, ApprovalConfig config,
                        ApplicantRefs applicantRefs, EntityManager entityManager, Clock clock) {
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.events = events;
        this.config = config;
        this.applicantRefs = applicantRefs;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Application find(UUID id) {
        Application application = Application.findById(id);
        if (application == null) {
            throw ProblemException.notFound("No application " + id);
        }
        return application;
    }

    /** Loads the application for a change, holding its row so that concurrent steps take turns. */
    public Application lock(UUID id) {
        Application application = Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw ProblemException.notFound("No application " + id);
        }
        return application;
    }

    /** The service items an application covers, in order. */
    public List<ServiceItem> itemsOf(Application application) {
        if (application.bundleCode != null) {
            return catalogue.itemsOf(catalogue.bundle(application.bundleCode));
        }
        return List.of(catalogue.item(application.itemCode));
    }

    public List<ServiceItem> itemsOf(String bundleCode) {
        return catalogue.itemsOf(catalogue.bundle(bundleCode));
    }

    public MergedForm formOf(Application application) {
        return MergedForm.of(itemsOf(application));
    }

    // ---- creation

    @Transactional(Transactional.TxType.MANDATORY)
    public Application create(NewApplication request, String actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if ((request.itemCode() == null) == (request.bundleCode() == null)) {
            errors.add(new Problem.FieldError("itemCode", "name exactly one of itemCode and bundleCode"));
            throw ProblemException.invalidFields(errors);
        }
        List<ServiceItem> items;
        Bundle bundle = null;
        if (request.bundleCode() != null) {
            bundle = Bundle.findById(request.bundleCode());
            if (bundle == null) {
                throw ProblemException.invalidField("bundleCode", "no bundle " + request.bundleCode());
            }
            items = catalogue.itemsOf(bundle);
        } else {
            ServiceItem item = ServiceItem.findById(request.itemCode());
            if (item == null) {
                throw ProblemException.invalidField("itemCode", "no service item " + request.itemCode());
            }
            items = List.of(item);
        }
        String personId = request.applicantPersonId() == null || request.applicantPersonId().isBlank() ? null
                : request.applicantPersonId().strip();
        if (request.applicantUscc() == null && personId == null && request.projectId() == null) {
            errors.add(new Problem.FieldError("applicantUscc", "name the applicant: applicantUscc or applicantPersonId"));
        }
        if (request.applicantUscc() != null) {
            String problem = io.parksuite.platform.uscc.Uscc.problem(request.applicantUscc());
            if (problem != null) {
                errors.add(new Problem.FieldError("applicantUscc", problem));
            }
        }
        if (request.notifyCommitment() && items.stream().noneMatch(i -> i.notifyCommitEligible)) {
            errors.add(new Problem.FieldError("notifyCommitment", "no item of this application allows 告知承诺"));
        }
        if (request.buildFirst() && items.stream().noneMatch(i -> i.buildFirstEligible)) {
            errors.add(new Problem.FieldError("buildFirst", "no item of this application allows 先建后验"));
        }
        if (request.channel() == Channel.ONLINE && items.stream().anyMatch(i -> !i.onlineCapable)) {
            errors.add(new Problem.FieldError("channel", "items " + items.stream().filter(i -> !i.onlineCapable)
                    .map(i -> i.code).toList() + " cannot be handled online; apply at the counter"));
        }
        ApplicantEnterprise known = request.applicantUscc() == null ? null : ApplicantEnterprise.findById(request.applicantUscc());
        String name = request.applicantName() != null && !request.applicantName().isBlank() ? request.applicantName().strip()
                : known != null ? known.name : null;
        if (name == null) {
            errors.add(new Problem.FieldError("applicantName", "required unless the enterprise is known to the desk"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }

        OffsetDateTime now = now();
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.referenceNumber = referenceNumber();
        a.itemCode = request.itemCode();
        a.bundleCode = request.bundleCode();
        a.applicantUscc = request.applicantUscc();
        a.applicantPersonId = personId;
        a.applicantRef = personId == null ? null : applicantRefs.refOf(personId);
        a.applicantName = name;
        a.projectId = request.projectId();
        a.channel = request.channel() == null ? Channel.ONLINE : request.channel();
        a.status = ApplicationStatus.DRAFT;
        a.formData = prefill(request.formData(), MergedForm.of(items), known);
        a.notifyCommitment = request.notifyCommitment();
        a.buildFirst = request.buildFirst();
        a.createdAt = now;
        a.promisedLimitDays = bundle != null ? catalogue.promisedLimitOf(bundle, items)
                : items.get(0).promisedLimitDays;
        a.statutoryLimitDays = items.stream().map(i -> i.statutoryLimitDays).filter(Objects::nonNull)
                .max(Integer::compareTo).orElse(null);
        a.departmentList = "," + items.stream().map(i -> i.department).distinct().collect(Collectors.joining(",")) + ",";
        a.pauses = new ArrayList<>();
        a.updatedAt = now;
        a.persist();
        record(a, Step.CREATE, null, ApplicationStatus.DRAFT, actor, Notice.NONE,
                a.projectId == null ? null : "project " + a.projectId);
        if (request.submit()) {
            submit(a, actor);
        }
        return a;
    }

    /** Form data with what the desk already holds filled in (数据换人): the applicant's registry data. */
    static Map<String, Object> prefill(Map<String, Object> given, MergedForm form, ApplicantEnterprise known) {
        Map<String, Object> data = new LinkedHashMap<>(given == null ? Map.of() : given);
        if (known != null) {
            Map<String, Object> registry = new LinkedHashMap<>();
            registry.put("uscc", known.uscc);
            registry.put("enterpriseName", known.name);
            registry.put("legalRepresentative", known.legalRepresentative);
            registry.put("address", known.address);
            for (FormField field : form.fields()) {
                Object value = registry.get(field.key());
                if (value != null && !data.containsKey(field.key())) {
                    data.put(field.key(), value);
                }
            }
        }
        return data;
    }

    private String referenceNumber() {
        long next = ((Number) entityManager.createNativeQuery("select nextval('application_number_seq')")
                .getSingleResult()).longValue();
        return "BJ" + calendars.today().toString().replace("-", "") + String.format("%07d", next);
    }

    // ---- applicant steps

    @Transactional(Transactional.TxType.MANDATORY)
    public Application submit(Application a, String actor) {
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.SUBMIT);
        MergedForm form = formOf(a);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (FormField field : form.fields()) {
            Object value = a.formData.get(field.key());
            if (field.required() && (value == null || value.toString().isBlank())) {
                errors.add(new Problem.FieldError("formData." + field.key(), field.label() + " is required"));
            }
        }
        Set<String> uploaded = uploadedCodes(a.id);
        for (MaterialSpec material : form.materials()) {
            if (material.main() && !uploaded.contains(material.code())) {
                errors.add(new Problem.FieldError("materials." + material.code(), "main material " + material.name()
                        + " is missing"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        a.status = to;
        a.submittedAt = now();
        a.intakeDate = calendars.today();
        if (a.channel == Channel.COUNTER) {
            a.visits++;
        }
        touch(a);
        record(a, Step.SUBMIT, from, to, actor, Notices.submitted(a), null);
        events.submitted(a);
        return a;
    }

    /** Fills in or corrects form fields (merged over what is there) while the applicant may still change the application. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Application updateForm(Application a, Map<String, Object> fields, String actor) {
        if (a.status != ApplicationStatus.DRAFT && a.status != ApplicationStatus.SUPPLEMENT_REQUESTED) {
            throw ProblemException.conflict("The form can be changed in DRAFT or SUPPLEMENT_REQUESTED only; the application is "
                    + a.status);
        }
        if (fields == null || fields.isEmpty()) {
            throw ProblemException.invalidField("formData", "give at least one field");
        }
        Map<String, Object> data = new LinkedHashMap<>(a.formData);
        data.putAll(fields);
        a.formData = data;
        touch(a);
        record(a, Step.EDIT_FORM, a.status, a.status, actor, Notice.NONE, "fields: " + String.join(", ", fields.keySet()));
        return a;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application withdraw(Application a, String actor) {
        return move(a, Step.WITHDRAW, actor, Notice.NONE, "withdrawn by the applicant");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application supplySupplement(Application a, String actor) {
        ApplicationStatus to = Lifecycle.next(a.status, Step.SUPPLY_SUPPLEMENT);
        Set<String> uploaded = uploadedCodes(a.id);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (MaterialSpec material : formOf(a).materials()) {
            if (material.main() && !uploaded.contains(material.code())) {
                errors.add(new Problem.FieldError("materials." + material.code(), "main material " + material.name() + " is missing"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        ApplicationStatus from = a.status;
        a.status = to;
        a.supplementDueOn = null;
        if (a.channel == Channel.COUNTER) {
            a.visits++;
        }
        touch(a);
        record(a, Step.SUPPLY_SUPPLEMENT, from, to, actor, Notice.NONE, "materials completed");
        return a;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application supplyDeficiency(Application a, String actor) {
        ApplicationStatus to = Lifecycle.next(a.status, Step.SUPPLY_DEFICIENCY);
        if (!a.hasOpenDeficiency()) {
            throw ProblemException.conflict("Application " + a.referenceNumber + " has no missing 容缺 materials");
        }
        Set<String> uploaded = uploadedCodes(a.id);
        List<Problem.FieldError> errors = a.deficiency.missingMaterialCodes().stream()
                .filter(code -> !uploaded.contains(code))
                .map(code -> new Problem.FieldError("materials." + code, "still missing; upload it first"))
                .toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        ApplicationStatus from = a.status;
        a.deficiency = a.deficiency.resolve();
        a.deficiencyDueOn = null;
        a.status = to;
        touch(a);
        record(a, Step.SUPPLY_DEFICIENCY, from, to, actor, Notice.NONE, "容缺 materials supplied");
        return a;
    }

    // ---- intake decisions

    @Transactional(Transactional.TxType.MANDATORY)
    public Application accept(Application a, String actor) {
        return startReview(a, Step.ACCEPT, Acceptance.ACCEPTED, calendars.today(), actor);
    }

    /** 视为受理: accepted as of the intake date because no 补正 notice came within 5 working days. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Application deemAccepted(Application a) {
        return startReview(a, Step.DEEM_ACCEPTED, Acceptance.DEEMED_ACCEPTED, a.intakeDate, SYSTEM_ACTOR);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application acceptWithDeficiency(Application a, List<String> missing, String commitment, LocalDate dueOn,
                                            String actor) {
        Lifecycle.next(a.status, Step.ACCEPT_WITH_DEFICIENCY);
        WorkingCalendar calendar = calendars.current();
        LocalDate today = calendars.today();
        LocalDate promisedDeadline = ClockRules.deadline(calendar, today, a.promisedLimitDays, a.clockPauses());
        MergedForm form = formOf(a);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (missing == null || missing.isEmpty()) {
            errors.add(new Problem.FieldError("missingMaterials", "name the secondary materials that are missing"));
        } else {
            for (int i = 0; i < missing.size(); i++) {
                MaterialSpec spec = form.material(missing.get(i));
                if (spec == null) {
                    errors.add(new Problem.FieldError("missingMaterials[" + i + "]", "not a material of this application"));
                } else if (spec.main()) {
                    errors.add(new Problem.FieldError("missingMaterials[" + i + "]", spec.name() + " is a main material: "
                            + "容缺 covers secondary materials only"));
                } else if (!spec.deficiencyAllowed()) {
                    errors.add(new Problem.FieldError("missingMaterials[" + i + "]", spec.name() + " may not be missing at acceptance"));
                }
            }
        }
        if (commitment == null || commitment.isBlank()) {
            errors.add(new Problem.FieldError("commitment", "容缺受理 requires the applicant's signed commitment"));
        }
        if (dueOn == null) {
            errors.add(new Problem.FieldError("dueOn", "required"));
        } else if (!ClockRules.isDeficiencyDueValid(today, dueOn, promisedDeadline)) {
            errors.add(new Problem.FieldError("dueOn", "must be after today and no later than the promised deadline "
                    + promisedDeadline));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        a.deficiency = new Deficiency(List.copyOf(missing), commitment.strip(), dueOn, false);
        a.deficiencyDueOn = dueOn;
        return startReview(a, Step.ACCEPT_WITH_DEFICIENCY, Acceptance.ACCEPTED_WITH_DEFICIENCY, today, actor);
    }

    private Application startReview(Application a, Step step, Acceptance acceptance, LocalDate acceptedOn, String actor) {
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, step);
        WorkingCalendar calendar = calendars.current();
        a.status = to;
        a.acceptance = acceptance;
        a.acceptedAt = now();
        a.acceptedOn = acceptedOn;
        a.supplementDueOn = null;
        a.promisedDeadline = ClockRules.deadline(calendar, acceptedOn, a.promisedLimitDays, a.clockPauses());
        a.statutoryDeadline = a.statutoryLimitDays == null ? null
                : ClockRules.deadline(calendar, acceptedOn, a.statutoryLimitDays, a.clockPauses());
        createTasks(a, calendar);
        touch(a);
        Notice notice = switch (acceptance) {
            case ACCEPTED -> Notices.accepted(a);
            case ACCEPTED_WITH_DEFICIENCY -> Notices.acceptedWithDeficiency(a);
            case DEEMED_ACCEPTED -> Notices.deemedAccepted(a);
        };
        record(a, step, from, to, actor, notice, null);
        events.accepted(a);
        return a;
    }

    /** One task per department, in parallel; each keeps its items' statutory clock. */
    private void createTasks(Application a, WorkingCalendar calendar) {
        Map<String, List<ServiceItem>> byDepartment = new TreeMap<>();
        itemsOf(a).forEach(item -> byDepartment.computeIfAbsent(item.department, d -> new ArrayList<>()).add(item));
        byDepartment.forEach((department, items) -> {
            ApplicationTask task = new ApplicationTask();
            task.id = UUID.randomUUID();
            task.applicationId = a.id;
            task.department = department;
            task.itemCodes = items.stream().map(i -> i.code).toList();
            task.status = TaskStatus.PENDING;
            int promised = items.stream().mapToInt(i -> i.promisedLimitDays).max().orElse(0);
            task.promisedLimitDays = Math.min(promised, a.promisedLimitDays);
            task.statutoryLimitDays = items.stream().map(i -> i.statutoryLimitDays).filter(Objects::nonNull)
                    .max(Integer::compareTo).orElse(null);
            setTaskDeadlines(task, a, calendar);
            task.persist();
        });
    }

    private static void setTaskDeadlines(ApplicationTask task, Application a, WorkingCalendar calendar) {
        task.promisedDeadline = ClockRules.deadline(calendar, a.acceptedOn, task.promisedLimitDays, a.clockPauses());
        task.statutoryDeadline = task.statutoryLimitDays == null ? null
                : ClockRules.deadline(calendar, a.acceptedOn, task.statutoryLimitDays, a.clockPauses());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application refuse(Application a, String reason, String actor) {
        Lifecycle.next(a.status, Step.REFUSE);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "不予受理 must state its reason");
        }
        ApplicationStatus from = a.status;
        a.status = ApplicationStatus.NOT_ACCEPTED;
        a.concludedAt = now();
        a.supplementDueOn = null;
        touch(a);
        record(a, Step.REFUSE, from, a.status, actor, Notices.refused(a, reason.strip()), reason.strip());
        return a;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application requestSupplement(Application a, List<String> items, String note, String actor) {
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.REQUEST_SUPPLEMENT);
        WorkingCalendar calendar = calendars.current();
        LocalDate today = calendars.today();
        if (a.supplementRequested) {
            throw ProblemException.conflict("补正 is notified once and completely; application " + a.referenceNumber
                    + " was already asked on an earlier day. Allowed now: " + List.of(Step.ACCEPT,
                    Step.ACCEPT_WITH_DEFICIENCY, Step.REFUSE));
        }
        if (!ClockRules.maySupplementBeRequested(calendar, a.intakeDate, today, false)) {
            throw ProblemException.conflict("The 5-working-day window for a 补正 notice closed on "
                    + ClockRules.supplementNoticeDeadline(calendar, a.intakeDate)
                    + "; the application counts as accepted from its intake on " + a.intakeDate);
        }
        if (items == null || items.isEmpty()) {
            throw ProblemException.invalidField("items", "list everything to supplement, at once");
        }
        a.status = to;
        a.supplementRequested = true;
        a.supplementItems = List.copyOf(items);
        a.supplementDueOn = calendar.addWorkingDays(today, ClockRules.SUPPLEMENT_NOTICE_WORKING_DAYS);
        touch(a);
        record(a, Step.REQUEST_SUPPLEMENT, from, to, actor, Notices.supplementRequested(a, items, note), note);
        return a;
    }

    // ---- review

    @Transactional(Transactional.TxType.MANDATORY)
    public Application decideTask(Application a, UUID taskId, boolean approve, String opinion, String actor) {
        Lifecycle.next(a.status, Step.DECIDE_TASK);
        ApplicationTask task = ApplicationTask.findById(taskId);
        if (task == null || !task.applicationId.equals(a.id)) {
            throw ProblemException.notFound("No task " + taskId + " in application " + a.referenceNumber);
        }
        if (task.status != TaskStatus.PENDING) {
            throw ProblemException.conflict("Task of " + task.department + " was already decided: " + task.status);
        }
        if (approve && a.hasOpenDeficiency()) {
            throw ProblemException.conflict("容缺 materials " + a.deficiency.missingMaterialCodes()
                    + " are still missing (due " + a.deficiency.dueOn() + "); approve once they are supplied");
        }
        task.status = approve ? TaskStatus.APPROVED : TaskStatus.DENIED;
        task.decidedBy = actor;
        task.decidedAt = now();
        task.opinion = opinion;
        touch(a);
        record(a, Step.DECIDE_TASK, a.status, a.status, actor, Notice.NONE, task.department + ": " + task.status
                + (opinion == null ? "" : " — " + opinion));
        List<ApplicationTask> tasks = ApplicationTask.of(a.id);
        if (tasks.stream().allMatch(t -> t.status != TaskStatus.PENDING)) {
            conclude(a, tasks);
        }
        return a;
    }

    private void conclude(Application a, List<ApplicationTask> tasks) {
        boolean approved = tasks.stream().allMatch(t -> t.status == TaskStatus.APPROVED);
        Step step = approved ? Step.APPROVE : Step.DENY;
        ApplicationStatus from = a.status;
        a.status = Lifecycle.next(from, step);
        a.result = approved ? "approved" : "denied";
        a.concludedAt = now();
        LocalDate today = calendars.today();
        a.workingDaysUsed = calendars.current().workingDaysBetween(a.acceptedOn, today, a.clockPauses());
        touch(a);
        record(a, step, from, a.status, SYSTEM_ACTOR, Notices.decision(a, tasks), null);
        if (approved) {
            if (ClockRules.issuesLicenceDocument(itemsOf(a).stream().map(i -> i.itemType).toList())) {
                a.deliveryDeadline = ClockRules.deliveryDeadline(calendars.current(), today);
            }
            openFollowUps(a, today);
        }
        events.concluded(a);
    }

    private void openFollowUps(Application a, LocalDate today) {
        WorkingCalendar calendar = calendars.current();
        for (ServiceItem item : itemsOf(a)) {
            if (a.notifyCommitment && item.notifyCommitEligible) {
                followUp(a, FollowUpKind.POST_CHECK, item.department,
                        calendar.addWorkingDays(today, config.postCheckWorkingDays()),
                        "告知承诺核查：" + item.name);
            }
            if (a.buildFirst && item.buildFirstEligible) {
                followUp(a, FollowUpKind.VERIFICATION, item.department,
                        calendar.addWorkingDays(today, config.verificationWorkingDays()),
                        "先建后验验收：" + item.name);
            }
        }
    }

    private FollowUpTask followUp(Application a, FollowUpKind kind, String department, LocalDate dueOn, String note) {
        FollowUpTask task = new FollowUpTask();
        task.id = UUID.randomUUID();
        task.applicationId = a.id;
        task.kind = kind;
        task.department = department;
        task.projectId = a.projectId;
        task.dueOn = dueOn;
        task.status = "OPEN";
        task.note = note;
        task.createdAt = now();
        task.persist();
        return task;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application startSpecialProcedure(Application a, String kind, String reason, String actor) {
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.START_SPECIAL_PROCEDURE);
        if (kind == null || !SPECIAL_PROCEDURES.contains(kind)) {
            throw ProblemException.invalidField("kind", "must be one of " + new java.util.TreeSet<>(SPECIAL_PROCEDURES));
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "required");
        }
        List<PausePeriod> pauses = new ArrayList<>(a.pauses);
        pauses.add(new PausePeriod(kind, reason.strip(), calendars.today(), null));
        a.pauses = pauses;
        a.status = to;
        touch(a);
        record(a, Step.START_SPECIAL_PROCEDURE, from, to, actor, Notices.specialProcedure(a, kind, reason.strip()), kind);
        return a;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application endSpecialProcedure(Application a, String actor) {
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.END_SPECIAL_PROCEDURE);
        LocalDate today = calendars.today();
        List<PausePeriod> pauses = new ArrayList<>();
        for (PausePeriod pause : a.pauses) {
            pauses.add(pause.lastDay() == null ? new PausePeriod(pause.kind(), pause.reason(), pause.firstDay(), today) : pause);
        }
        a.pauses = pauses;
        a.status = to;
        WorkingCalendar calendar = calendars.current();
        a.promisedDeadline = ClockRules.deadline(calendar, a.acceptedOn, a.promisedLimitDays, a.clockPauses());
        a.statutoryDeadline = a.statutoryLimitDays == null ? null
                : ClockRules.deadline(calendar, a.acceptedOn, a.statutoryLimitDays, a.clockPauses());
        for (ApplicationTask task : ApplicationTask.of(a.id)) {
            if (task.status == TaskStatus.PENDING) {
                setTaskDeadlines(task, a, calendar);
            }
        }
        touch(a);
        record(a, Step.END_SPECIAL_PROCEDURE, from, to, actor, Notices.specialProcedureEnded(a), null);
        return a;
    }

    // ---- after the decision

    @Transactional(Transactional.TxType.MANDATORY)
    public Application deliver(Application a, String method, String actor) {
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.DELIVER);
        String how = method == null ? "ONLINE" : method;
        if (!DELIVERY_METHODS.contains(how)) {
            throw ProblemException.invalidField("method", "must be one of ONLINE, POST, COUNTER");
        }
        a.status = to;
        a.deliveredAt = now();
        if ("COUNTER".equals(how)) {
            a.visits++;
        }
        touch(a);
        record(a, Step.DELIVER, from, to, actor, Notices.delivered(a, how), how);
        return a;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application archive(Application a, String actor) {
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.ARCHIVE);
        a.status = to;
        a.archivedAt = now();
        touch(a);
        record(a, Step.ARCHIVE, from, to, actor, Notice.NONE, null);
        return a;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application recordVisit(Application a, String purpose, String actor) {
        if (a.status == ApplicationStatus.DRAFT || a.status == ApplicationStatus.ARCHIVED || a.status == ApplicationStatus.WITHDRAWN) {
            throw ProblemException.conflict("No visit can be recorded while the application is " + a.status);
        }
        a.visits++;
        touch(a);
         record(a, Step.RECORD_VISIT, a.status, a.status, actor, Notice.NONE, "visit: " + (purpose == null ? "" : purpose));
        return a;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Rating rate(Application a, int score, String comment, String actor) {
        if (score < 1 || score > 5) {
            throw ProblemException.invalidField("score", "must be 1 (非常不满意) to 5 (非常满意)");
        }
        if (a.status.isOpen() || a.status == ApplicationStatus.DRAFT || a.status == ApplicationStatus.WITHDRAWN) {
            throw ProblemException.conflict("An application is rated once it has a result; it is " + a.status);
        }
        if (a.rated || Rating.findById(a.id) != null) {
            throw ProblemException.conflict("Application " + a.referenceNumber + " was already rated; one rating per application");
        }
        Rating rating = new Rating();
        rating.applicationId = a.id;
        rating.score = score;
        rating.comment = comment;
        rating.ratedBy = actor;
        rating.ratedAt = now();
        rating.persist();
        a.rated = true;
        touch(a);
        if (rating.isBad()) {
            String department = itemsOf(a).get(0).department;
            followUp(a, FollowUpKind.RECTIFICATION, department,
                    calendars.current().addWorkingDays(calendars.today(), config.rectificationWorkingDays()),
                    "差评整改：" + (comment == null ? "评分 " + score : comment));
        }
        events.rated(a, rating);
        return rating;
    }

    // ---- shared

    private Application move(Application a, Step step, String actor, Notice notice, String detail) {
        ApplicationStatus from = a.status;
        a.status = Lifecycle.next(from, step);
        touch(a);
        record(a, step, from, a.status, actor, notice, detail);
        return a;
    }

    private Set<String> uploadedCodes(UUID applicationId) {
        return Set.copyOf(entityManager.createQuery(
                        "select distinct m.materialCode from StoredMaterial m where m.applicationId = ?1", String.class)
                .setParameter(1, applicationId).getResultList());
    }

    private void touch(Application a) {
        a.updatedAt = now();
    }

    private void record(Application a, Step step, ApplicationStatus from, ApplicationStatus to, String actor,
                        Notice notice, String detail) {
        StepRecord record = new StepRecord();
        record.applicationId = a.id;
        record.step = step;
        record.fromStatus = from;
        record.toStatus = to;
        record.actor = actor;
        record.at = now();
        record.noticeTitle = notice.title();
        record.noticeText = notice.text();
        record.detail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        record.persist();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
