package io.parksuite.approval.domain;

/**
 * Whether a service item counts among the 依申请类政务服务事项 (items a government body handles on an
 * applicant's application), whose 网上办 and 一次办 rates the desk reports. Independent of
 * {@link ItemType}, which says which law governs the item: a 公共服务 such as 社保登记 is applied for all
 * the same.
 */
public enum ItemKind {
    /** 依申请: a government body acts on the applicant's application (许可, 确认, 给付, 备案, 登记, 办税…). */
    APPLICATION_BASED,
    /** 依职权: the department acts on its own initiative, e.g. 消防产品现场检查 (监督检查). */
    EX_OFFICIO,
    /** 公共服务 (not 依申请): a service the park offers beyond any power, e.g. 标准厂房租赁, 代办服务. */
    PUBLIC_SERVICE,
    /** 中介/市场服务: a market body's service the desk coordinates, e.g. 银行开户, 用电报装. */
    MARKET_SERVICE;

    /** The kind an item has when its definition names none (and the rule V8 backfilled existing rows by). */
    public static ItemKind defaultFor(ItemType type) {
        return type == ItemType.MARKET_SERVICE ? MARKET_SERVICE : APPLICATION_BASED;
    }
}
