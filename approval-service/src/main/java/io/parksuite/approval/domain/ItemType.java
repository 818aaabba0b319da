package io.parksuite.approval.domain;

/** Which law governs a service item: 行政许可 (administrative licence) or another kind of public service. */
public enum ItemType {
    /** 行政许可: the Administrative Licensing Law's time limits apply. */
    ADMINISTRATIVE_LICENCE,
    /** 备案: a filing, e.g. 印章刻制备案. */
    FILING,
    /** 公共服务: other public services, e.g. 社保登记, 发票申领. */
    PUBLIC_SERVICE,
    /** 市场服务: a service by a market body the desk coordinates, e.g. 银行开户. */
    MARKET_SERVICE
}
