package io.parksuite.enterprise.domain;

/** The level of government that recognised a platform or awarded a title: 国家级, 省级, 市级. */
public enum RecognitionLevel {
    NATIONAL, PROVINCIAL, MUNICIPAL
}
