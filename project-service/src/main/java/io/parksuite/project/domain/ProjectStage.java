package io.parksuite.project.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The stages of an investment project: the main line 线索 → 在谈 → 签约 → 审批 → 开工 → 投产 → 达产,
 * and two side states, 停滞 (stalled, resumable) and 终止 (terminated, final).
 */
public enum ProjectStage {

    /** 线索: a lead. */
    LEAD("线索", 0),
    /** 在谈: under negotiation. */
    NEGOTIATING("在谈", 1),
    /** 签约: contract signed. */
    SIGNED("签约", 2),
    /** 审批: start-up approvals under way. */
    APPROVING("审批", 3),
    /** 开工: construction started. */
    CONSTRUCTION("开工", 4),
    /** 投产: production started. */
    PRODUCTION("投产", 5),
    /** 达产: planned capacity reached. */
    FULL_PRODUCTION("达产", 6),
    /** 停滞: stalled; resumes at the stage it stalled in, or later. */
    STALLED("停滞", -1),
    /** 终止: terminated. */
    TERMINATED("终止", -1);

    private final String label;
    private final int order;

    ProjectStage(String label, int order) {
        this.label = label;
        this.order = order;
    }

    public String label() {
        return label;
    }

    /** Position on the main line, -1 for the side states. */
    public int order() {
        return order;
    }

    public boolean isMain() {
        return order >= 0;
    }

    public static List<ProjectStage> mainLine() {
        return Arrays.stream(values()).filter(ProjectStage::isMain).toList();
    }

    public String describe() {
        return name() + " (" + label + ")";
    }
}
