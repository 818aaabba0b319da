package io.parksuite.project.domain;

/** The kind of investor, as the park counts them at a signing conference. */
public enum InvestorType {

    /** 世界500强: the investor or its parent is a Fortune Global 500 company. */
    FORTUNE_500("世界500强"),
    /** 上市公司: listed on a stock exchange. */
    LISTED("上市公司"),
    /** 龙头企业: a recognised leading firm of its industry chain. */
    LEADING("龙头企业"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    InvestorType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
