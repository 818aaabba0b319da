package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.PoisonEventException;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Keeps the copy of the approval desk's service-item catalogue (事项清单) from
 * {@code parksuite.approval.service-item-changed.v1}, which the item-level 网上可办 / 全程网办 / 一次办
 * shares are computed from. One conditional upsert per item snapshot, applied only when its
 * version is newer, so redelivery, the catalogue's first full publication and events overtaking
 * each other never move an item backwards. The shares need the item code, kind (依申请 or not),
 * handling depth (办理深度), most visits and version; an event without them is poison, the other
 * fields are kept when present.
 */
@ApplicationScoped
public class ServiceItemFacts {

    public static final String CHANGED = "parksuite.approval.service-item-changed.v1";

    private final Jdbc jdbc;

    public ServiceItemFacts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        JsonNode item = event.data();
        jdbc.update("""
                    insert into service_item_copy (item_code, name, department, item_type, item_kind, handling_depth,
                           max_visits, promised_limit_days, statutory_limit_days, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (item_code) do update
                       set name = excluded.name, department = excluded.department, item_type = excluded.item_type,
                           item_kind = excluded.item_kind, handling_depth = excluded.handling_depth,
                           max_visits = excluded.max_visits, promised_limit_days = excluded.promised_limit_days,
                           statutory_limit_days = excluded.statutory_limit_days, updated_at = excluded.updated_at,
                           version = excluded.version
                     where service_item_copy.version < excluded.version""",
                required(item, "itemCode"), text(item, "name"), text(item, "department"), text(item, "itemType"),
                required(item, "itemKind"), required(item, "handlingDepth"), wholeNumber(item, "maxVisits"),
                integer(item, "promisedLimitDays"), integer(item, "statutoryLimitDays"), instant(item, "updatedAt"),
                wholeNumber(item, "version"));
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("Service item event without " + field);
        }
        return value;
    }

    private static long wholeNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new PoisonEventException("Service item event without a whole, non-negative " + field);
        }
        return value.asLong();
    }

    private static Object integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isIntegralNumber() ? (Object) value.asInt() : new Jdbc.TypedNull(Types.INTEGER);
    }

    private static OffsetDateTime instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("Service item event with " + field + " not an RFC 3339 timestamp: " + value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
