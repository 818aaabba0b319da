package io.parksuite.project.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The industry chain codes (产业链) a project may name, as {@link io.parksuite.project.domain.ReferenceCodes#CHAINS}
 * holds them: one schema for the request field, the response field and the filters.
 */
@Schema(name = "IndustryChain", description = "Industry chain code (产业链): 3 leading chains, 5 emerging ones")
public enum IndustryChain {
    NONFERROUS_ADVANCED_MANUFACTURING,
    FOOD_PROCESSING,
    ELECTRONIC_INFORMATION,
    THIRD_GENERATION_SEMICONDUCTORS,
    ARTIFICIAL_INTELLIGENCE,
    INDUSTRIAL_INTERNET,
    BIOMEDICINE,
    INTEGRATED_CIRCUITS
}
