package io.parksuite.enterprise.domain;

/**
 * Where indicator-service's assessment places an enterprise against a programme's criteria: MEETS (达标), NEAR
 * (接近, within the configured margin) or NONE (neither, any more).
 */
public enum Standing {
    MEETS,
    NEAR,
    NONE;

    /** Whether this standing brings an enterprise not yet in the pool into it. */
    public boolean flagsCandidate() {
        return this != NONE;
    }
}
