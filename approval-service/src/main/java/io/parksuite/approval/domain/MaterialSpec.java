package io.parksuite.approval.domain;

/**
 * A material an item asks for (申请材料): main (主件, required before acceptance) or secondary
 * (辅件), and whether it may be missing at acceptance under 容缺受理.
 */
public record MaterialSpec(String code, String name, boolean main, boolean deficiencyAllowed, String templateRef) {
}
