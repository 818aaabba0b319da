package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;

/**
 * Keeps the copy of approval applications (办件) from {@code approval.events}: one conditional
 * upsert per snapshot, applied only when newer, so redelivery, replays and two consumer
 * instances never move it backwards. A breached deadline is remembered whatever arrives later.
 */
@ApplicationScoped
public class ApplicationFacts {

    private final Jdbc jdbc;

    public ApplicationFacts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        JsonNode a = event.data();
        boolean breached = event.type().endsWith(".deadline-breached.v1");
        jdbc.call(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into application_copy (application_id, channel, status, submitted_at, concluded_at, result,
                           working_days_used, promised_limit_days, on_time, visits, breached, aggregate_version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
                           on_time = case when application_copy.aggregate_version < excluded.aggregate_version
                                          then excluded.on_time else application_copy.on_time end,
                           visits = case when application_copy.aggregate_version < excluded.aggregate_version
                                         then excluded.visits else application_copy.visits end,
                           breached = application_copy.breached or excluded.breached,
                           aggregate_version = greatest(application_copy.aggregate_version, excluded.aggregate_version)""")) {
                upsert.setString(1, a.get("applicationId").asText());
                upsert.setString(2, a.get("channel").asText());
                upsert.setString(3, a.get("status").asText());
                upsert.setObject(4, instant(a, "submittedAt"));
                upsert.setObject(5, instant(a, "concludedAt"));
                upsert.setString(6, text(a, "result"));
                setInteger(upsert, 7, a, "workingDaysUsed");
                setInteger(upsert, 8, a, "promisedLimitDays");
                if (a.hasNonNull("onTime")) {
                    upsert.setBoolean(9, a.get("onTime").asBoolean());
                } else {
                    upsert.setNull(9, Types.BOOLEAN);
                }
                upsert.setInt(10, a.path("visits").asInt(0));
                upsert.setBoolean(11, breached);
                upsert.setLong(12, event.aggregateVersion());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    private static void setInteger(PreparedStatement statement, int index, JsonNode node, String field)
            throws java.sql.SQLException {
        if (node.hasNonNull(field)) {
            statement.setInt(index, node.get(field).asInt());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
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
