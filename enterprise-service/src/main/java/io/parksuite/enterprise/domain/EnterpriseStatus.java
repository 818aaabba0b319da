package io.parksuite.enterprise.domain;

/** Lifecycle of an enterprise in the park. */
public enum EnterpriseStatus {
    ACTIVE,
    /** 迁出: moved out of the park. */
    RELOCATED_OUT,
    /** 注销: deregistered. */
    DEREGISTERED
}
