package io.parksuite.enterprise.domain;

/** How an enterprise came to the park. */
public enum Origin {
    /** 本地企业: already here. */
    LOCAL,
    /** 招商引进: brought in by an investment project. */
    PROJECT
}
