package io.parksuite.indicator.domain;

/** An entry of the indicator catalogue (指标目录). */
public record IndicatorDefinition(String code, String nameZh, String nameEn, String unit, String scope,
                                  String priceBasis, String periodType, String source, String definition) {
}
