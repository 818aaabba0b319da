package io.parksuite.approval.service;

import io.parksuite.approval.config.ApprovalConfig;
import io.parksuite.approval.domain.MaterialStorage;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready to take material uploads while the configured S3-compatible bucket does not answer. */
@Readiness
@ApplicationScoped
public class MaterialStoreReadiness implements HealthCheck {

    private final ApprovalConfig config;
    private final S3MaterialStore s3;

    public MaterialStoreReadiness(ApprovalConfig config, S3MaterialStore s3) {
        this.config = config;
        this.s3 = s3;
    }

    @Override
    public HealthCheckResponse call() {
        MaterialStorage store = config.materials().store();
        boolean up = store != MaterialStorage.S3 || s3.bucketReachable();
        return HealthCheckResponse.named("material-store").status(up).withData("store", store.name()).build();
    }
}
