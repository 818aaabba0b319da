package io.parksuite.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The project's copy of a follow-up task the approval desk opened on one of the project's
 * applications (告知承诺 post-check, 先建后验 verification, 差评整改 rectification), kept so that a
 * project cannot reach 投产 while a verification of its construction is still open, failed or its
 * approval revoked (撤销), and so that a revocation stays visible on the project.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    /** What the follow-up checks. */
    public enum Kind {
        /** 告知承诺: the commitment is checked after approval. */
        POST_CHECK,
        /** 先建后验: the construction is verified after it was built. */
        VERIFICATION,
        /** 差评整改: a poor rating is rectified. */
        RECTIFICATION
    }

    /** Where the follow-up stands. */
    public enum Status {
        OPEN, RECTIFYING, PASSED, REVOKED, WAIVED, CLOSED
    }

    /** Verification states that keep a project from 投产: not yet checked, failed, approval revoked. */
    public static final Set<Status> BLOCKING = EnumSet.of(Status.OPEN, Status.RECTIFYING, Status.REVOKED);

    @Id
    @Column(name = "follow_up_id")
    public UUID followUpId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "application_id", nullable = false, length = 64)
    public String applicationId;

    @Column(name = "reference_number")
    public String referenceNumber;

    @Column(name = "bundle_code")
    public String bundleCode;

    @Column(name = "item_code")
    public String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Kind kind;

    public String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(nullable = false)
    public boolean failed;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "rectification_due_on")
    public LocalDate rectificationDueOn;

    public String reason;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "concluded_at")
    public OffsetDateTime concludedAt;

    /** The desk's version of the follow-up; a copy never moves to a lower one. */
    @Column(nullable = false)
    public long version;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** Whether this follow-up keeps its project from reaching 投产. */
    public boolean blocksProduction() {
        return kind == Kind.VERIFICATION && BLOCKING.contains(status);
    }

    public static List<FollowUp> ofProject(UUID projectId) {
        return list("projectId = ?1 order by openedAt, followUpId", projectId);
    }

    /** The verifications that keep {@code projectId} from 投产, by due date. */
    public static List<FollowUp> blockingProduction(UUID projectId) {
        return list("projectId = ?1 and kind = ?2 and status in ?3 order by dueOn, referenceNumber, followUpId",
                projectId, Kind.VERIFICATION, BLOCKING);
    }
}
