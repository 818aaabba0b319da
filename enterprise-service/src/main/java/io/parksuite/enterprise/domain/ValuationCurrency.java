package io.parksuite.enterprise.domain;

/** The currency a valuation (估值) is stated in: rankings quote US dollars, domestic rounds often yuan. */
public enum ValuationCurrency {
    USD,
    CNY
}
