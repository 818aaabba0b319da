package io.parksuite.project.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** The descriptive data of a project that its officer maintains (everything but stage and progress). */
public record ProjectProfile(String name, String investorUscc, String investorName, InvestorType investorType,
                             String chainCode, BigDecimal plannedInvestmentYuan, BigDecimal capacityQuantity,
                             String capacityUnit, BigDecimal landAreaMu, String streetCode, String officer,
                             UUID conferenceId, String sourceNote, boolean buildBeforeApproval) {
}
