package io.parksuite.approval.domain;

/** Where a material file's bytes are kept: in its database row, or as an object in an S3-compatible bucket. */
public enum MaterialStorage {
    DATABASE,
    S3
}
