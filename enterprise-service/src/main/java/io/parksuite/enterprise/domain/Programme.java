package io.parksuite.enterprise.domain;

/** A growth programme the park cultivates enterprises for: 瞪羚企业 (GAZELLE) or 独角兽企业 (UNICORN). */
public enum Programme {
    GAZELLE,
    UNICORN
}
