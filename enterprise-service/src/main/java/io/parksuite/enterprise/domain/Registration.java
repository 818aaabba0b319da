package io.parksuite.enterprise.domain;

/** A request to register one enterprise: its code, whether a check-character mismatch is accepted, its data. */
public record Registration(String uscc, boolean checkCharacterOverride, EnterpriseProfile profile) {
}
