package io.parksuite.project.service;

import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.domain.InvestmentTier;
import io.parksuite.project.domain.InvestorType;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectProfile;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.domain.SigningConference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Signing conferences (签约大会): a conference and its whole batch of projects, signed on the day it
 * is held, are created together or not at all; and the figures a conference is reported by:
 * projects by investor type and by tier, with amounts.
 */
@ApplicationScoped
public class Conferences {

    public static final String ACTOR_NOTE = "签约大会签约";

    /** Counts and planned amount of a group of projects. */
    @Schema(name = "ConferenceGroup", description = "Projects of a group and their planned investment")
    public record Group(@Schema(description = "Projects") long count,
                        @Schema(description = "Their planned investment in total, yuan") BigDecimal plannedInvestmentYuan) {
    }

    /** A conference's figures. {@code atLeast*} count cumulatively (a MAJOR project is also at least LARGE). */
    public record Summary(UUID conferenceId, String name, LocalDate heldOn, long projects,
                          BigDecimal totalPlannedInvestmentYuan, Map<InvestorType, Group> byInvestorType,
                          long fortune500OrListed, long leading, Map<InvestmentTier, Group> byTier,
                          long atLeastMajor, long atLeastLarge, BigDecimal majorThresholdYuan,
                          BigDecimal largeThresholdYuan) {
    }

    /** A conference with the number of projects signed at it. */
    public record Held(SigningConference conference, long projects) {
    }

    private final ProjectService projects;
    private final ProjectRules rules;
    private final EntityManager entityManager;
    private final ParkClock clock;

    public Conferences(ProjectService projects, ProjectRules rules, EntityManager entityManager, ParkClock clock) {
        this.projects = projects;
        this.rules = rules;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Holds a conference with its batch; {@code batchErrors} are the rows' Bean Validation errors,
     * already named {@code projects[i].field}. Any error rejects everything.
     */
    @Transactional
    public SigningConference hold(String name, LocalDate heldOn, String venue, List<ProjectProfile> batch,
                                  List<Problem.FieldError> batchErrors, String actor) {
        List<Problem.FieldError> errors = new ArrayList<>(batchErrors);
        if (heldOn.isAfter(clock.today())) {
            errors.add(new Problem.FieldError("heldOn", "must not be in the future: projects are signed on that day"));
        }
        if (batch.isEmpty()) {
            errors.add(new Problem.FieldError("projects", "a conference signs at least one project"));
        }
        for (int i = 0; i < batch.size(); i++) {
            ProjectProfile profile = batch.get(i);
            if (profile != null && profile.name() != null && profile.investorName() != null) {
                errors.addAll(projects.problemsOf(withoutConference(profile), "projects[" + i + "]."));
            }
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        SigningConference conference = SigningConference.hold(name, heldOn, venue, clock.now());
        conference.persistAndFlush();
        for (ProjectProfile profile : batch) {
            projects.open(withConference(profile, conference.id), ProjectStage.SIGNED, heldOn, actor,
                    ACTOR_NOTE + "：" + conference.name);
        }
        return conference;
    }

    /** A 422 naming every bad field of the conference or of its rows ({@code projects[i].field}); nothing saved. */
    public static ProblemException rejected(List<Problem.FieldError> errors) {
        return new ProblemException(422, "conference-rejected", "Conference batch rejected",
                errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the batch; nothing was saved",
                errors);
    }

    /** The conferences, newest first, one page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Held> list(PageRequest page) {
        List<SigningConference> items = SigningConference.<SigningConference>find("order by heldOn desc, id")
                .range(page.offset(), page.offset() + page.size() - 1).list();
        return new Page<>(items.stream().map(c -> new Held(c, projectCount(c.id))).toList(), page.page(), page.size(),
                SigningConference.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Held get(UUID id) {
        SigningConference conference = find(id);
        return new Held(conference, projectCount(conference.id));
    }

    private SigningConference find(UUID id) {
        SigningConference conference = SigningConference.findById(id);
        if (conference == null) {
            throw ProblemException.notFound("No signing conference with id " + id);
        }
        return conference;
    }

    private long projectCount(UUID id) {
        return Project.count("conferenceId", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(UUID id) {
        SigningConference conference = find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createQuery(
                        "select p.investorType, p.plannedInvestmentYuan from Project p where p.conferenceId = ?1")
                .setParameter(1, id).getResultList();
        Map<InvestorType, Group> byType = groups(InvestorType.class, rows, row -> (InvestorType) row[0]);
        Map<InvestmentTier, Group> byTier = groups(InvestmentTier.class, rows,
                row -> rules.tierOf((BigDecimal) row[1]));
        BigDecimal total = rows.stream().map(row -> (BigDecimal) row[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Summary(conference.id, conference.name, conference.heldOn, rows.size(), total, byType,
                byType.get(InvestorType.FORTUNE_500).count() + byType.get(InvestorType.LISTED).count(),
                byType.get(InvestorType.LEADING).count(), byTier, byTier.get(InvestmentTier.MAJOR).count(),
                byTier.get(InvestmentTier.MAJOR).count() + byTier.get(InvestmentTier.LARGE).count(),
                rules.tier().majorYuan(), rules.tier().largeYuan());
    }

    private static <K extends Enum<K>> Map<K, Group> groups(Class<K> type, List<Object[]> rows,
                                                           Function<Object[], K> key) {
        Map<K, long[]> counts = new EnumMap<>(type);
        Map<K, BigDecimal> amounts = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            counts.put(k, new long[1]);
            amounts.put(k, BigDecimal.ZERO);
        }
        for (Object[] row : rows) {
            K k = key.apply(row);
            counts.get(k)[0]++;
            amounts.merge(k, (BigDecimal) row[1], BigDecimal::add);
        }
        Map<K, Group> groups = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            groups.put(k, new Group(counts.get(k)[0], amounts.get(k)));
        }
        return groups;
    }

    private static ProjectProfile withoutConference(ProjectProfile p) {
        return withConference(p, null);
    }

    private static ProjectProfile withConference(ProjectProfile p, UUID conferenceId) {
        return new ProjectProfile(p.name(), p.investorUscc(), p.investorName(), p.investorType(), p.chainCode(),
                p.plannedInvestmentYuan(), p.capacityQuantity(), p.capacityUnit(), p.landAreaMu(), p.streetCode(),
                p.officer(), conferenceId, p.sourceNote(), p.buildBeforeApproval());
    }
}
