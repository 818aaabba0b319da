package io.parksuite.indicator.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the registry says about an enterprise, as far as aggregation needs it: its street, its
 * chain memberships (effective-dated, both ends inclusive) and its designations by year.
 */
public record Classification(String uscc, String streetCode, List<ChainMembership> chains,
                             List<HeldDesignation> designations) {

    public static final String ABOVE_SCALE_INDUSTRY = "ABOVE_SCALE_INDUSTRY";

    public List<String> chainsOn(LocalDate date) {
        return chains.stream().filter(c -> c.covers(date)).map(ChainMembership::code).distinct().sorted().toList();
    }

    public List<String> designationsIn(int year) {
        return designations.stream().filter(d -> d.year() == year).map(HeldDesignation::type).distinct().sorted()
                .toList();
    }

    public boolean aboveScaleIn(int year) {
        return designations.stream().anyMatch(d -> d.year() == year && ABOVE_SCALE_INDUSTRY.equals(d.type()));
    }

    /** 产业链 membership from {@code validFrom} to {@code validTo} (null: still a member). */
    public record ChainMembership(String code, LocalDate validFrom, LocalDate validTo) {
        boolean covers(LocalDate date) {
            return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
        }
    }

    /** A designation (规上, 高新, …) held for a year. */
    public record HeldDesignation(String type, int year) {
    }
}
