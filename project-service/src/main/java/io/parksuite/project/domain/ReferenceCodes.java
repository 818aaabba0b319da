package io.parksuite.project.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codes a project refers to, the same as the registry's reference data: industry chains
 * (产业链: 3 leading, 5 emerging) and the park's streets (街道).
 */
public final class ReferenceCodes {

    public static final Map<String, String> CHAINS = ordered(
            "NONFERROUS_ADVANCED_MANUFACTURING", "有色金属新材料暨先进制造",
            "FOOD_PROCESSING", "食品加工",
            "ELECTRONIC_INFORMATION", "电子信息",
            "THIRD_GENERATION_SEMICONDUCTORS", "第三代半导体",
            "ARTIFICIAL_INTELLIGENCE", "人工智能",
            "INDUSTRIAL_INTERNET", "工业互联网",
            "BIOMEDICINE", "生物医药",
            "INTEGRATED_CIRCUITS", "集成电路");

    public static final Map<String, String> STREETS = ordered(
            "BAISHAZHOU", "白沙洲街道",
            "HUANGJINYUAN", "黄金园街道",
            "JINSHANQIAO", "金山桥街道",
            "WUSHAN", "乌山街道");

    private ReferenceCodes() {
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
