package io.parksuite.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parksuite.indicator.service.EnterpriseDimensions;
import io.parksuite.platform.events.IncomingEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds enterprise snapshots as the registry publishes them and applies them to the dimension
 * copy the way the consumer does, so service tests can set up classifications directly.
 */
@ApplicationScoped
public class Registry {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EnterpriseDimensions dimensions;

    public Registry(EnterpriseDimensions dimensions) {
        this.dimensions = dimensions;
    }

    public static Snapshot snapshot(String uscc, long version) {
        return new Snapshot(uscc, version);
    }

    public boolean apply(Snapshot snapshot) {
        return QuarkusTransaction.requiringNew().call(() -> dimensions.apply(snapshot.event()));
    }

    /** An enterprise snapshot under construction. */
    public static final class Snapshot {
        private final String uscc;
        private final long version;
        private String street;
        private String industry;
        private LocalDate founded;
        private Object[] valuation;
        private final List<String[]> chains = new ArrayList<>();
        private final List<Object[]> designations = new ArrayList<>();

        Snapshot(String uscc, long version) {
            this.uscc = uscc;
            this.version = version;
        }

        public Snapshot street(String street) {
            this.street = street;
            return this;
        }

        public Snapshot chain(String code, LocalDate from, LocalDate to) {
            chains.add(new String[]{code, from.toString(), to == null ? null : to.toString()});
            return this;
        }

        public Snapshot designation(String type, int... years) {
            for (int year : years) {
                designations.add(new Object[]{type, year});
            }
            return this;
        }

        public Snapshot industry(String code) {
            this.industry = code;
            return this;
        }

        public Snapshot founded(LocalDate on) {
            this.founded = on;
            return this;
        }

        public Snapshot valuation(long amount, String currency, LocalDate valuedOn) {
            this.valuation = new Object[]{amount, currency, valuedOn.toString()};
            return this;
        }

        public Snapshot aboveScale(int... years) {
            return designation("ABOVE_SCALE_INDUSTRY", years);
        }

        public String json() {
            ObjectNode node = JSON.createObjectNode();
            node.put("uscc", uscc).put("name", "测试企业" + uscc.substring(10)).put("status", "ACTIVE")
                    .put("aggregateVersion", version).put("registeredAt", "2017-01-01T00:00:00Z");
            node.put("streetCode", street);
            node.put("industryCode", industry);
            node.put("establishedOn", founded == null ? null : founded.toString());
            if (valuation != null) {
                node.putObject("valuation").put("amount", (Long) valuation[0]).put("currency", (String) valuation[1])
                        .put("valuedOn", (String) valuation[2]).put("source", "测试融资轮");
            }
            ArrayNode chainArray = node.putArray("chains");
            chains.forEach(c -> chainArray.addObject().put("code", c[0]).put("validFrom", c[1]).put("validTo", c[2]));
            ArrayNode designationArray = node.putArray("designations");
            designations.forEach(d -> designationArray.addObject().put("type", (String) d[0]).put("year", (Integer) d[1]));
            return node.toString();
        }

        public IncomingEvent event() {
            try {
                return new IncomingEvent(UUID.randomUUID().toString(), "parksuite.enterprise.updated.v1",
                        "/parksuite/enterprise-service", uscc, OffsetDateTime.now(ZoneOffset.UTC), JSON.readTree(json()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
