package io.parksuite.approval.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.approval.domain.KnownProject;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.uscc.Uscc;
import jakarta.enterprise.context.ApplicationScoped;
import io.parksuite.platform.http.UuidParameters;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps the desk's copy of each project and its investor from {@code project.events} (a snapshot
 * replaces the copy only when its {@code aggregateVersion} is newer), and answers whether an
 * applicant may name a project: naming one moves it 签约 → 审批 in project-service and an approval
 * unlocks its 开工 guard, so only the project's own investor may.
 */
@ApplicationScoped
public class ProjectCopies {

    private final Clock clock;

    public ProjectCopies(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        JsonNode data = event.data();
        UUID projectId = UuidParameters.parse(text(data, "id")).orElse(null);
        if (projectId == null) {
            return;
        }
        long version = event.aggregateVersion();
        KnownProject copy = KnownProject.findById(projectId);
        if (copy != null && copy.aggregateVersion >= version) {
            return;
        }
        if (copy == null) {
            copy = new KnownProject();
            copy.projectId = projectId;
        }
        String name = text(data, "name");
        copy.name = name == null ? projectId.toString() : name.length() > 200 ? name.substring(0, 200) : name;
        String uscc = data.path("investor").isObject() ? text(data.path("investor"), "uscc") : text(data, "investorUscc");
        copy.investorUscc = uscc != null && Uscc.problem(uscc) == null ? uscc : null;
        copy.stage = text(data, "stage");
        copy.aggregateVersion = version;
        copy.updatedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (!copy.isPersistent()) {
            copy.persist();
        }
    }

    /**
     * Refuses (422 on {@code projectId}) an application naming {@code projectId} unless its applicant is
     * the enterprise the desk knows as that project's investor; a natural person never names a project.
     */
    @Transactional
    public void requireInvestor(UUID projectId, String applicantUscc) {
        KnownProject project = KnownProject.findById(projectId);
        if (project == null) {
            throw ProblemException.invalidField("projectId", "no project " + projectId + " is known to the desk");
        }
        if (applicantUscc == null || !applicantUscc.equals(project.investorUscc)) {
            throw ProblemException.invalidField("projectId",
                    "only the project's investor may name project " + projectId + " on an application");
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
