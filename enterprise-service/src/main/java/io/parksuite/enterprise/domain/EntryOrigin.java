package io.parksuite.enterprise.domain;

/** How an enterprise came into the cultivation pool (培育库): flagged by an ASSESSMENT, or added by hand (MANUAL). */
public enum EntryOrigin {
    ASSESSMENT,
    MANUAL
}
