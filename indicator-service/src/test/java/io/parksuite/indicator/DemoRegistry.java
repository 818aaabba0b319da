package io.parksuite.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The demo park's enterprises (deploy/demo/data) as registry snapshots: street, chains and designations. */
public final class DemoRegistry {

    public static final Path DATA = Path.of("../deploy/demo/data");

    private DemoRegistry() {
    }

    /** One snapshot per demo enterprise, by USCC, at {@code version}. */
    public static Map<String, Registry.Snapshot> snapshots(long version) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Registry.Snapshot> snapshots = new HashMap<>();
        for (JsonNode enterprise : json.readTree(DATA.resolve("enterprises.json").toFile())) {
            String uscc = enterprise.get("uscc").asText();
            snapshots.put(uscc, Registry.snapshot(uscc, version).street(enterprise.path("streetCode").asText(null)));
        }
        for (JsonNode chain : json.readTree(DATA.resolve("enterprise-chains.json").toFile())) {
            snapshots.get(chain.get("uscc").asText()).chain(chain.get("chainCode").asText(),
                    LocalDate.parse(chain.get("validFrom").asText()),
                    chain.hasNonNull("validTo") ? LocalDate.parse(chain.get("validTo").asText()) : null);
        }
        for (JsonNode designation : json.readTree(DATA.resolve("enterprise-designations.json").toFile())) {
            snapshots.get(designation.get("uscc").asText()).designation(designation.get("type").asText(),
                    designation.get("year").asInt());
        }
        return snapshots;
    }
}
