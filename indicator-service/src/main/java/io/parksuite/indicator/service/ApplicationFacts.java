package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Types;
import java.time.OffsetDateTime;

/**
 * Keeps the copy of approval applications (办件) from {@code approval.events}: one conditional
 * upsert per snapshot, applied only when newer, so redelivery, replays and two consumer
 * instances never move it backwards. A breached deadline is remembered whatever arrives later.
 * A case-timeline counts like the conclusion it accompanies, since it is the only event of an
 * imported historical case; one published before it carried the desk fields has nothing to copy.
 */
@ApplicationScoped
public class ApplicationFacts {

    public static final String CASE_TIMELINE = "parksuite.approval.case-timeline.v1";

    private final Jdbc jdbc;

    public ApplicationFacts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        JsonNode a = event.data();
        if (CASE_TIMELINE.equals(event.type()) && !a.hasNonNull("channel")) {
            return;
        }
        boolean breached = event.type().endsWith(".deadline-breached.v1");
        jdbc.update("""
                    insert into application_copy (application_id, channel, status, submitted_at, concluded_at, result,
                           working_days_used, promised_limit_days, statutory_limit_days, on_time, visits, breached,
                           aggregate_version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (application_id) do update
                       set channel = case when application_copy.aggregate_version < excluded.aggregate_version
                                          then excluded.channel else application_copy.channel end,
                           status = case when application_copy.aggregate_version < excluded.aggregate_version
                                         then excluded.status else application_copy.status end,
                           submitted_at = case when application_copy.aggregate_version < excluded.aggregate_version
                                               then excluded.submitted_at else application_copy.submitted_at end,
                           concluded_at = case when application_copy.aggregate_version < excluded.aggregate_version
                                               then excluded.concluded_at else application_copy.concluded_at end,
                           result = case when application_copy.aggregate_version < excluded.aggregate_version
                                         then excluded.result else application_copy.result end,
                           working_days_used = case when application_copy.aggregate_version < excluded.aggregate_version
                                         then excluded.working_days_used else application_copy.working_days_used end,
                           promised_limit_days = case when application_copy.aggregate_version < excluded.aggregate_version
                                         then excluded.promised_limit_days else application_copy.promised_limit_days end,
                           statutory_limit_days = case when application_copy.aggregate_version < excluded.aggregate_version
                                         then excluded.statutory_limit_days else application_copy.statutory_limit_days end,
                           on_time = case when application_copy.aggregate_version < excluded.aggregate_version
                                          then excluded.on_time else application_copy.on_time end,
                           visits = case when application_copy.aggregate_version < excluded.aggregate_version
                                         then excluded.visits else application_copy.visits end,
                           breached = application_copy.breached or excluded.breached,
                           aggregate_version = greatest(application_copy.aggregate_version, excluded.aggregate_version)""",
                a.get("applicationId").asText(), a.get("channel").asText(), a.get("status").asText(),
                instant(a, "submittedAt"), instant(a, "concludedAt"), text(a, "result"),
                integer(a, "workingDaysUsed"), integer(a, "promisedLimitDays"), integer(a, "statutoryLimitDays"),
                a.hasNonNull("onTime") ? a.get("onTime").asBoolean() : new Jdbc.TypedNull(Types.BOOLEAN),
                a.path("visits").asInt(0), breached, event.aggregateVersion());
    }

    private static Object integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? (Object) node.get(field).asInt() : new Jdbc.TypedNull(Types.INTEGER);
    }

    private static OffsetDateTime instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : OffsetDateTime.parse(value);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
