package io.parksuite.approval.service;

import io.parksuite.approval.config.ApprovalConfig;
import io.parksuite.approval.domain.MaterialStorage;
import io.parksuite.approval.domain.StoredMaterial;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Material files in an S3-compatible bucket ({@code parksuite.approval.materials.store=s3}): one object per
 * material under {@code <prefix><applicationId>/<materialId>}, streamed from the uploaded file before the
 * material row commits and deleted again if that transaction rolls back, so a failed upload leaves neither
 * a row nor an object.
 * Checksums are the SDK's only where the protocol requires them (self-hosted S3-compatible stores often
 * lack the newer trailing checksums); the SHA-256 recorded with the row is verified on every read.
 */
@ApplicationScoped
public class S3MaterialStore implements MaterialStore {

    private static final Logger LOG = Logger.getLogger(S3MaterialStore.class);

    private final ApprovalConfig.S3 config;
    private final TransactionSynchronizationRegistry transactions;
    private volatile S3Client client;

    public S3MaterialStore(ApprovalConfig config, TransactionSynchronizationRegistry transactions) {
        this.config = config.materials().s3();
        this.transactions = transactions;
    }

    @Override
    public MaterialStorage kind() {
        return MaterialStorage.S3;
    }

    @Override
    public void place(StoredMaterial material) {
        material.storage = MaterialStorage.S3;
        material.objectKey = config.keyPrefix() + material.applicationId + "/" + material.id;
        material.content = null;
    }

    @Override
    public void write(StoredMaterial material, Path file) {
        String key = material.objectKey;
        String bucket = bucket();
        try {
            client().putObject(b -> b.bucket(bucket).key(key).contentType(material.contentType)
                    .contentLength(material.sizeBytes).metadata(Map.of("sha256", material.sha256)),
                    RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw unavailable(e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    delete(bucket, key);
                }
            }
        });
    }

    @Override
    public byte[] read(StoredMaterial material) {
        try {
            return client().getObjectAsBytes(b -> b.bucket(bucket()).key(material.objectKey)).asByteArray();
        } catch (NoSuchKeyException e) {
            throw new ProblemException(502, "material-content-missing", "Material content missing",
                    "The store holds no object " + material.objectKey + " for material " + material.id, List.of());
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /** Whether the configured bucket answers, for the readiness check. */
    public boolean bucketReachable() {
        try {
            client().headBucket(b -> b.bucket(bucket()));
            return true;
        } catch (SdkException | ProblemException e) {
            LOG.debugf("Material bucket not reachable: %s", e.getMessage());
            return false;
        }
    }

    private void delete(String bucket, String key) {
        try {
            client().deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            LOG.warnf("Object %s of a rolled-back material upload could not be deleted: %s", key, e.getMessage());
        }
    }

    private String bucket() {
        return config.bucket().orElseThrow(() -> new ProblemException(503, "material-store-unavailable",
                "Material store not configured", "parksuite.approval.materials.s3.bucket is not set", List.of()));
    }

    private S3Client client() {
        S3Client current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = build();
                }
                current = client;
            }
        }
        return current;
    }

    private S3Client build() {
        AwsCredentialsProvider credentials = config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKeyId().get(),
                config.secretAccessKey().get()))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(30)))
                .region(Region.of(config.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(config.pathStyleAccess())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static ProblemException unavailable(SdkException e) {
        return new ProblemException(503, "material-store-unavailable", "Material store unavailable",
                "The material store did not answer: " + e.getMessage(), List.of());
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
