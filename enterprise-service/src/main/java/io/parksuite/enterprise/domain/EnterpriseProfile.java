package io.parksuite.enterprise.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The master data of an enterprise that a registry officer maintains. */
public record EnterpriseProfile(String name, String nameEn, String legalRepresentative,
                                BigDecimal registeredCapitalYuan, LocalDate establishedOn, String address,
                                String streetCode, String industryCode, Contact contact, Origin origin,
                                String originProjectId) {
}
