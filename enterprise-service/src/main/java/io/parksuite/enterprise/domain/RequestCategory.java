package io.parksuite.enterprise.domain;

/** What an enterprise request (诉求) is about: 融资, 用工, 用地, 审批, 基础设施, 政策, 科技与人才, 其他. */
public enum RequestCategory {
    FINANCING, LABOUR, LAND, APPROVAL, INFRASTRUCTURE, POLICY, TECHNOLOGY, OTHER
}
