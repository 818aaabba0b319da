package io.parksuite.approval.domain;

import java.util.Set;

/** A step the application's status does not allow; names the steps it does allow. */
public class IllegalStepException extends RuntimeException {

    private final ApplicationStatus status;
    private final Step step;
    private final Set<Step> allowed;

    public IllegalStepException(ApplicationStatus status, Step step, Set<Step> allowed) {
        super("Step " + step + " is not allowed while the application is " + status + "; allowed: "
                + (allowed.isEmpty() ? "none" : allowed));
        this.status = status;
        this.step = step;
        this.allowed = allowed;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Step step() {
        return step;
    }

    public Set<Step> allowed() {
        return allowed;
    }
}
