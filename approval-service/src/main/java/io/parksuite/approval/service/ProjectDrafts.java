package io.parksuite.approval.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.approval.config.ApprovalConfig;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.Bundle;
import io.parksuite.approval.domain.Channel;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A project reaching 签约 gets a draft application for the configured bundle (工业项目开工一件事),
 * carrying its {@code projectId} and pre-filled from the project snapshot and the desk's copy of the
 * investor's registry data, so the applicant is not asked again for what the park holds (数据换人).
 * One draft per project and bundle, however often the event arrives.
 */
@ApplicationScoped
public class ProjectDrafts {

    private static final Logger LOG = Logger.getLogger(ProjectDrafts.class);
    public static final String ACTOR = "system:project-signed";
    static final Set<String> SIGNED = Set.of("SIGNED", "签约");

    private final Applications applications;
    private final ApprovalConfig config;

    public ProjectDrafts(Applications applications, ApprovalConfig config) {
        this.applications = applications;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application apply(IncomingEvent event) {
        JsonNode data = event.data();
        String to = text(data, "to");
        if (to == null || !SIGNED.contains(to)) {
            return null;
        }
        String projectIdText = text(data, "id") != null ? text(data, "id") : text(data, "projectId");
        if (projectIdText == null) {
            LOG.warnf("Stage change %s names no project id; ignored", event.id());
            return null;
        }
        UUID projectId = UUID.fromString(projectIdText);
        Bundle bundle = Bundle.findById(config.projectSignedBundle());
        if (bundle == null) {
            LOG.warnf("Bundle %s is not in the catalogue; no draft for project %s", config.projectSignedBundle(), projectId);
            return null;
        }
        if (Application.count("projectId = ?1 and bundleCode = ?2", projectId, bundle.code) > 0) {
            return null;
        }
        JsonNode investor = data.path("investor");
        String uscc = investor.isObject() ? text(investor, "uscc") : text(data, "investorUscc");
        String investorName = investor.isObject() ? text(investor, "name") : text(data, "investorName");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("projectId", projectId.toString());
        put(form, "projectName", text(data, "name"));
        put(form, "enterpriseName", investorName);
        put(form, "uscc", uscc);
        put(form, "plannedInvestmentYuan", text(data, "plannedInvestmentYuan"));
        put(form, "landAreaMu", text(data, "landAreaMu"));
        JsonNode capacity = data.path("capacity");
        if (capacity.isObject() && text(capacity, "quantity") != null) {
            put(form, "capacity", text(capacity, "quantity") + (text(capacity, "unit") == null ? "" : " " + text(capacity, "unit")));
        }
        put(form, "chainCode", text(data, "chainCode"));
        put(form, "streetCode", text(data, "streetCode"));
        put(form, "signedOn", text(data, "date") != null ? text(data, "date") : text(data, "stageDate"));
        List<ServiceItem> items = applications.itemsOf(bundle.code);
        boolean buildFirst = data.path("buildBeforeApproval").asBoolean(false)
                && items.stream().anyMatch(i -> i.buildFirstEligible);
        boolean online = items.stream().allMatch(i -> i.onlineCapable);
        return applications.create(new NewApplication(null, bundle.code,
                uscc != null && io.parksuite.platform.uscc.Uscc.problem(uscc) == null ? uscc : null, null,
                investorName != null ? investorName : text(data, "name"), projectId,
                online ? Channel.ONLINE : Channel.COUNTER, form, false, buildFirst, false), ACTOR);
    }

    private static void put(Map<String, Object> form, String key, String value) {
        if (value != null && !value.isBlank()) {
            form.put(key, value);
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
