package io.parksuite.project.domain;

/**
 * Size class of a project by planned total investment. The thresholds are configuration
 * ({@code parksuite.project.tier.major-yuan}, default 1 billion: 10亿元以上; {@code
 * parksuite.project.tier.large-yuan}, default 100 million: 1亿元以上).
 */
public enum InvestmentTier {

    /** At or above the major threshold (10亿元以上 by default). */
    MAJOR,
    /** At or above the large threshold, below the major one (1亿元以上 by default). */
    LARGE,
    /** Below the large threshold. */
    STANDARD
}
