package io.parksuite.approval.domain;

/**
 * 办理深度: how far an item can be handled online. FULLY_ONLINE and ONLINE_APPLICATION are both 网上可办
 * (the item's {@code onlineCapable}); only FULLY_ONLINE is 全程网办.
 */
public enum HandlingDepth {
    /** 全程网办: applied for, decided and delivered online; no visit in person. */
    FULLY_ONLINE,
    /** 网上申请 + 现场: applied for online, with visits in person (核验, 领证) up to the item's maxVisits. */
    ONLINE_APPLICATION,
    /** 现场办理: applied for at the hall only. */
    ON_SITE;

    /** The depth an item has when its definition names none (and the rule V8 backfilled existing rows by). */
    public static HandlingDepth defaultFor(boolean onlineCapable, int maxVisits) {
        if (!onlineCapable) {
            return ON_SITE;
        }
        return maxVisits == 0 ? FULLY_ONLINE : ONLINE_APPLICATION;
    }

    /** 网上可办. */
    public boolean online() {
        return this != ON_SITE;
    }
}
