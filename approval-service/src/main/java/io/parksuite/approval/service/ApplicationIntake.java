package io.parksuite.approval.service;

import io.parksuite.approval.domain.ApplicantEnterprise;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.Bundle;
import io.parksuite.approval.domain.BundlePromise;
import io.parksuite.approval.domain.Channel;
import io.parksuite.approval.domain.FormField;
import io.parksuite.approval.domain.Lifecycle;
import io.parksuite.approval.domain.MergedForm;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.approval.domain.Step;
import io.parksuite.approval.messaging.ApprovalEvents;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.uscc.Uscc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Intake (接件): an application is created for one item or one bundle (a draft, pre-filled with what
 * the desk knows), its form is filled in, and it is handed in with every required field and main
 * material, or withdrawn before acceptance.
 */
@ApplicationScoped
public class ApplicationIntake {

    private final Applications applications;
    private final Catalogue catalogue;
    private final Calendars calendars;
    private final ApplicantRefs applicantRefs;
    private final ApprovalEvents events;
    private final StepLog log;
    private final Access access;
    private final EntityManager entityManager;

    public ApplicationIntake(Applications applications, Catalogue catalogue, Calendars calendars,
                             ApplicantRefs applicantRefs, ApprovalEvents events, StepLog log, Access access,
                             EntityManager entityManager) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.applicantRefs = applicantRefs;
        this.events = events;
        this.log = log;
        this.access = access;
        this.entityManager = entityManager;
    }

    /** A new application taken by the caller, handed in at once when the request says so. */
    @Transactional
    public ApplicationView create(NewApplication request) {
        return applications.view(create(request, access.actor()));
    }

    @Transactional
    public Application create(NewApplication request, String actor) {
        Bundle bundle = request.bundleCode() == null ? null : Bundle.findById(request.bundleCode());
        List<ServiceItem> items = itemsOf(request, bundle);
        ApplicantEnterprise known = request.applicantUscc() == null ? null
                : ApplicantEnterprise.findById(request.applicantUscc());
        String personId = request.applicantPersonId() == null || request.applicantPersonId().isBlank() ? null
                : request.applicantPersonId().strip();
        String name = request.applicantName() != null && !request.applicantName().isBlank()
                ? request.applicantName().strip() : known != null ? known.name : null;
        List<Problem.FieldError> errors = problems(request, items, personId, name);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        OffsetDateTime now = log.now();
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
        a.promisedLimitDays = bundle != null ? bundle.promisedLimitDays : items.get(0).promisedLimitDays;
        a.statutoryLimitDays = BundlePromise.applicationStatutoryLimit(bundle != null,
                items.stream().map(i -> i.statutoryLimitDays).filter(Objects::nonNull).max(Integer::compareTo).orElse(null));
        a.departmentList = "," + items.stream().map(i -> i.department).distinct().collect(Collectors.joining(",")) + ",";
        a.pauses = new ArrayList<>();
        a.updatedAt = now;
        a.persist();
        log.record(a, Step.CREATE, null, ApplicationStatus.DRAFT, actor, Notice.NONE,
                a.projectId == null ? null : "project " + a.projectId);
        if (request.submit()) {
            submit(a, actor);
        }
        return a;
    }

    /** The items applied for: one item or one bundle's, 422 when neither or both are named or unknown. */
    private List<ServiceItem> itemsOf(NewApplication request, Bundle bundle) {
        if ((request.itemCode() == null) == (request.bundleCode() == null)) {
            throw ProblemException.invalidFields(List.of(
                    new Problem.FieldError("itemCode", "name exactly one of itemCode and bundleCode")));
        }
        if (request.bundleCode() != null) {
            if (bundle == null) {
                throw ProblemException.invalidField("bundleCode", "no bundle " + request.bundleCode());
            }
            return catalogue.itemsOf(bundle);
        }
        ServiceItem item = ServiceItem.findById(request.itemCode());
        if (item == null) {
            throw ProblemException.invalidField("itemCode", "no service item " + request.itemCode());
        }
        return List.of(item);
    }

    private static List<Problem.FieldError> problems(NewApplication request, List<ServiceItem> items, String personId,
                                                     String name) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.applicantUscc() == null && personId == null && request.projectId() == null) {
            errors.add(new Problem.FieldError("applicantUscc", "name the applicant: applicantUscc or applicantPersonId"));
        }
        if (request.applicantUscc() != null) {
            String problem = Uscc.problem(request.applicantUscc());
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
        if (name == null) {
            errors.add(new Problem.FieldError("applicantName", "required unless the enterprise is known to the desk"));
        }
        return errors;
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

    @Transactional
    public ApplicationView submit(UUID id) {
        return applications.view(submit(applications.lockForApplicant(id), access.actor()));
    }

    private Application submit(Application a, String actor) {
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.SUBMIT);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (FormField field : applications.formOf(a).fields()) {
            Object value = a.formData.get(field.key());
            if (field.required() && (value == null || value.toString().isBlank())) {
                errors.add(new Problem.FieldError("formData." + field.key(), field.label() + " is required"));
            }
        }
        errors.addAll(applications.missingMainMaterials(a));
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        a.status = to;
        a.submittedAt = log.now();
        a.intakeDate = calendars.today();
        if (a.channel == Channel.COUNTER) {
            a.visits++;
        }
        log.touch(a);
        log.record(a, Step.SUBMIT, from, to, actor, Notices.submitted(a), null);
        events.submitted(a);
        return a;
    }

    /** Fills in or corrects form fields (merged over what is there) while the applicant may still change the application. */
    @Transactional
    public ApplicationView updateForm(UUID id, Map<String, Object> fields) {
        Application a = applications.lockForApplicant(id);
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
        log.touch(a);
        log.record(a, Step.EDIT_FORM, a.status, a.status, access.actor(), Notice.NONE,
                "fields: " + String.join(", ", fields.keySet()));
        return applications.view(a);
    }

    @Transactional
    public ApplicationView withdraw(UUID id) {
        Application a = applications.lockForApplicant(id);
        return applications.view(log.move(a, Step.WITHDRAW, access.actor(), Notice.NONE, "withdrawn by the applicant"));
    }
}
