package io.parksuite.enterprise.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.parksuite.enterprise.domain.Origin;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a CSV import: the columns of {@link EnterpriseRequest} with the contact flattened
 * ({@code contactPerson}, {@code contactPhone}, {@code contactEmail}). The header line names the columns.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnterpriseCsvRow(String uscc, Boolean checkCharacterOverride, String name, String nameEn,
                               String legalRepresentative, BigDecimal registeredCapitalYuan, LocalDate establishedOn,
                               String address, String streetCode, String industryCode, String contactPerson,
                               String contactPhone, String contactEmail, Origin origin, String originProjectId) {

    EnterpriseRequest toRequest() {
        ContactDto contact = contactPerson == null && contactPhone == null && contactEmail == null ? null
                : new ContactDto(contactPerson, contactPhone, contactEmail);
        return new EnterpriseRequest(uscc, Boolean.TRUE.equals(checkCharacterOverride), name, nameEn,
                legalRepresentative, registeredCapitalYuan, establishedOn, address, streetCode, industryCode, contact,
                origin, originProjectId);
    }
}
