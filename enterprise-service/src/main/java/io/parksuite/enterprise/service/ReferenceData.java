package io.parksuite.enterprise.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's code lists, shipped as data by migration: streets, GB/T 4754-2017 industry
 * sections and divisions, GB/T 2260 areas, GB 32100 organisation types, industry chains,
 * designation types and innovation-platform types. Read once at start-up.
 */
@ApplicationScoped
public class ReferenceData {

    /** One entry of a code list. */
    @Schema(name = "ReferenceCode", description = "One entry of a code list: the code and its Chinese name",
            example = """
            {"code": "HUANGJINYUAN", "name": "黄金园街道"}""")
    public record Code(@Schema(required = true, description = "The code", example = "HUANGJINYUAN") String code,
                       @Schema(description = "The name; null for a code the list does not know", example = "黄金园街道",
                               nullable = true)
                       String name) {
    }

    /** A GB/T 4754 section (门类) or division (大类). */
    @Schema(name = "IndustryClass", description = "A GB/T 4754-2017 industry section (门类) or division (大类)",
            example = """
            {"code": "39", "level": "DIVISION", "section": "C", "name": "计算机、通信和其他电子设备制造业"}""")
    public record IndustryClass(@Schema(required = true, description = "Section letter or 2-digit division code", example = "39") String code,
                                @Schema(required = true, description = "SECTION (门类) or DIVISION (大类)") IndustryClassLevel level,
                                @Schema(required = true, description = "The section letter it belongs to", example = "C") String section,
                                @Schema(required = true, description = "Name", example = "计算机、通信和其他电子设备制造业") String name) {
    }

    /** Whether an industry class is a GB/T 4754 section (门类) or division (大类). */
    @Schema(name = "IndustryClassLevel", description = "SECTION (门类) or DIVISION (大类)")
    public enum IndustryClassLevel {
        SECTION, DIVISION
    }

    /** Whether an industry chain is one of the park's leading (主导) or emerging (新兴) chains. */
    @Schema(name = "ChainKind", description = "LEADING (主导) or EMERGING (新兴)")
    public enum ChainKind {
        LEADING, EMERGING
    }

    /** An industry chain (产业链): LEADING (主导) or EMERGING (新兴). */
    @Schema(name = "IndustryChain", description = "An industry chain (产业链) of the park", example = """
            {"code": "ELECTRONIC_INFORMATION", "name": "电子信息", "kind": "LEADING"}""")
    public record Chain(@Schema(required = true, description = "Chain code", example = "ELECTRONIC_INFORMATION") String code,
                        @Schema(required = true, description = "Name", example = "电子信息") String name,
                        @Schema(required = true, description = "LEADING (主导) or EMERGING (新兴)") ChainKind kind) {
    }

    /** A designation an enterprise can hold, with the criteria that define it. */
    @Schema(name = "DesignationType", description = "A designation an enterprise can hold, with its criteria", example = """
            {"code": "HIGH_TECH", "name": "高新技术企业", "criteria": "经高新技术企业认定管理机构认定，证书有效期三年"}""")
    public record DesignationType(@Schema(required = true, description = "Type code", example = "HIGH_TECH") String code,
                                  @Schema(required = true, description = "Name", example = "高新技术企业") String name,
                                  @Schema(description = "The statistics sector it applies to, if any", example = "INDUSTRY")
                                  String sector,
                                  @Schema(description = "What qualifies an enterprise") String criteria) {
    }

    private final EntityManager entityManager;
    private Map<String, Code> streets = Map.of();
    private Map<String, IndustryClass> industries = Map.of();
    private Map<String, Code> areas = Map.of();
    private Map<String, Code> organisationTypes = Map.of();
    private Map<String, Chain> chains = Map.of();
    private Map<String, DesignationType> designationTypes = Map.of();
    private Map<String, Code> platformTypes = Map.of();

    public ReferenceData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    void load(@Observes StartupEvent event) {
        streets = codes("select code, name from street order by code");
        areas = codes("select code, name from administrative_area order by code");
        organisationTypes = codes("select code, registration_authority || ' · ' || name from organisation_type order by code");
        Map<String, IndustryClass> loaded = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery(
                "select code, level, section, name from industry_class order by level desc, code").getResultList()) {
            Object[] columns = (Object[]) row;
            loaded.put((String) columns[0], new IndustryClass((String) columns[0],
                    IndustryClassLevel.valueOf((String) columns[1]), columns[2].toString(), (String) columns[3]));
        }
        industries = loaded;
        Map<String, Chain> loadedChains = new LinkedHashMap<>();
        for (Object[] c : rows("select code, name, kind from industry_chain order by kind desc, code")) {
            loadedChains.put((String) c[0], new Chain((String) c[0], (String) c[1],
                    ChainKind.valueOf((String) c[2])));
        }
        chains = loadedChains;
        Map<String, DesignationType> loadedTypes = new LinkedHashMap<>();
        for (Object[] d : rows("select code, name, sector, criteria from designation_type order by code")) {
            loadedTypes.put((String) d[0], new DesignationType((String) d[0], (String) d[1], (String) d[2], (String) d[3]));
        }
        designationTypes = loadedTypes;
        platformTypes = codes("select code, name from platform_type order by code");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }

    public List<Chain> chains() {
        return List.copyOf(chains.values());
    }

    public List<DesignationType> designationTypes() {
        return List.copyOf(designationTypes.values());
    }

    public boolean isChain(String code) {
        return chains.containsKey(code);
    }

    public boolean isDesignationType(String code) {
        return designationTypes.containsKey(code);
    }

    public List<Code> streets() {
        return List.copyOf(streets.values());
    }

    public List<IndustryClass> industryClasses() {
        return List.copyOf(industries.values());
    }

    public List<Code> platformTypes() {
        return List.copyOf(platformTypes.values());
    }

    public boolean isPlatformType(String code) {
        return platformTypes.containsKey(code);
    }

    public boolean isStreet(String code) {
        return streets.containsKey(code);
    }

    /** A division (2 digits) or a finer group/class code (3–4 digits) whose division is known. */
    public Optional<IndustryClass> industryDivisionOf(String code) {
        if (code == null || !code.matches("\\d{2,4}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(industries.get(code.substring(0, 2)));
    }

    /** The registering area of a USCC (GB/T 2260): the district, else its city, else its province. */
    public Optional<Code> area(String areaCode) {
        return Optional.ofNullable(areas.get(areaCode))
                .or(() -> Optional.ofNullable(areas.get(areaCode.substring(0, 4) + "00")))
                .or(() -> Optional.ofNullable(areas.get(areaCode.substring(0, 2) + "0000")));
    }

    public Optional<Code> organisationType(String code) {
        return Optional.ofNullable(organisationTypes.get(code));
    }

    private Map<String, Code> codes(String sql) {
        Map<String, Code> loaded = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery(sql).getResultList()) {
            Object[] columns = (Object[]) row;
            String code = columns[0].toString().strip();
            loaded.put(code, new Code(code, (String) columns[1]));
        }
        return loaded;
    }
}
