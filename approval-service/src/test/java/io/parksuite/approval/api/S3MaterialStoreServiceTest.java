package io.parksuite.approval.api;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.S3TestServer;
import io.parksuite.approval.domain.MaterialStorage;
import io.parksuite.approval.domain.StoredMaterial;
import io.parksuite.approval.service.S3MaterialStore;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Material files written to a real S3-compatible server (S3Mock as a separate process) when the store is
 * configured as {@code s3}: the same type and size limits and authorization as the database store, the
 * object really in the bucket, the SHA-256 checked on download, nothing left behind by a rolled-back
 * upload, and files stored in the database before the switch still served.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
@WithTestResource(value = S3TestServer.class, scope = TestResourceScope.MATCHING_RESOURCES)
class S3MaterialStoreServiceTest {

    private static S3Client bucket;

    @Inject
    S3MaterialStore store;

    String dept;
    String item;
    String uscc;

    @BeforeEach
    void catalogue() {
        if (bucket == null) {
            bucket = S3Client.builder().httpClient(ApacheHttpClient.create())
                    .endpointOverride(URI.create(S3TestServer.endpoint())).region(Region.US_EAST_1).forcePathStyle(true)
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY)))
                    .build();
        }
        dept = unique("dept-s3");
        item = unique("S3");
        createItem(item, dept, 20, 5);
        uscc = TestUscc.random();
    }

    @AfterAll
    static void closeClient() {
        if (bucket != null) {
            bucket.close();
            bucket = null;
        }
    }

    private List<S3Object> objectsOf(String applicationId) {
        return bucket.listObjectsV2(b -> b.bucket(S3TestServer.BUCKET).prefix("materials/" + applicationId + "/")).contents();
    }

    @Test
    void materialFilesGoToTheBucketWithTheSameLimitsChecksumAndAuthorization() {
        String id = draft(uscc, item, null);
        enterprise(uscc).contentType("text/plain").body("hello").queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Content-Type"));
        byte[] big = new byte[70_000];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        enterprise(uscc).contentType("application/pdf").body(big).queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        assertEquals(List.of(), objectsOf(id), "refused files never reach the bucket");

        String materialId = upload(enterprise(uscc), id, item + "-main").statusCode(201)
                .body("sha256", equalTo(Materials256.hex(PDF))).body("sizeBytes", equalTo(PDF.length))
                .extract().path("id");

        StoredMaterial row = QuarkusTransaction.requiringNew().call(() -> {
            StoredMaterial m = StoredMaterial.findById(UUID.fromString(materialId));
            assertNull(m.content, "the bytes are in the bucket, not in the row");
            return m;
        });
        assertEquals(MaterialStorage.S3, row.storage);
        assertEquals("materials/" + id + "/" + materialId, row.objectKey);

        ResponseBytes<GetObjectResponse> object = bucket.getObjectAsBytes(b -> b.bucket(S3TestServer.BUCKET).key(row.objectKey));
        assertArrayEquals(PDF, object.asByteArray());
        assertEquals("application/pdf", object.response().contentType());
        assertEquals(Materials256.hex(PDF), object.response().metadata().get("sha256"));

        byte[] downloaded = enterprise(uscc).get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content")
                .then().statusCode(200).contentType("application/pdf")
                .header("X-Checksum-SHA256", equalTo(Materials256.hex(PDF))).extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        officer(dept).get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content")
                .then().statusCode(200);
        enterprise(TestUscc.random()).get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content")
                .then().statusCode(404);
        officer(unique("other")).get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content")
                .then().statusCode(404);
        given().get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content").then().statusCode(401);

        String viaForm = enterprise(uscc).multiPart("file", "form.pdf", PDF, "application/pdf")
                .queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(201).extract().path("id");
        assertArrayEquals(PDF, bucket.getObjectAsBytes(b -> b.bucket(S3TestServer.BUCKET)
                .key("materials/" + id + "/" + viaForm)).asByteArray(), "a multipart upload is streamed to the bucket");
    }

    @Test
    void aDamagedObjectIsRefusedOnDownloadNotServed() {
        String id = draft(uscc, item, null);
        String materialId = upload(enterprise(uscc), id, item + "-main").statusCode(201).extract().path("id");
        bucket.putObject(b -> b.bucket(S3TestServer.BUCKET).key("materials/" + id + "/" + materialId),
                RequestBody.fromString("%PDF-1.7 altered", StandardCharsets.US_ASCII));
        enterprise(uscc).get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content")
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", containsString(Materials256.hex(PDF)));
    }

    @Test
    void aRolledBackUploadLeavesNoObjectBehind() throws Exception {
        String id = draft(uscc, item, null);
        StoredMaterial material = new StoredMaterial();
        material.id = UUID.randomUUID();
        material.applicationId = UUID.fromString(id);
        material.contentType = "application/pdf";
        material.sizeBytes = PDF.length;
        material.sha256 = Materials256.hex(PDF);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("material-", ".pdf");
        java.nio.file.Files.write(file, PDF);
        RuntimeException failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            store.place(material);
            store.write(material, file);
            assertEquals(1, objectsOf(id).size(), "written before the row commits");
            throw new IllegalStateException("the material row could not be recorded");
        }));
        assertEquals("the material row could not be recorded", failure.getMessage());
        assertEquals(List.of(), objectsOf(id));
        assertThrows(NoSuchKeyException.class,
                () -> bucket.headObject(b -> b.bucket(S3TestServer.BUCKET).key(material.objectKey)));
        java.nio.file.Files.deleteIfExists(file);
    }

    @Test
    void filesStoredInTheDatabaseBeforeTheSwitchAreStillServed() {
        String id = draft(uscc, item, null);
        UUID materialId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            StoredMaterial m = new StoredMaterial();
            m.id = materialId;
            m.applicationId = UUID.fromString(id);
            m.materialCode = item + "-main";
            m.fileName = "earlier.pdf";
            m.contentType = "application/pdf";
            m.sizeBytes = PDF.length;
            m.sha256 = Materials256.hex(PDF);
            m.purpose = "INITIAL";
            m.storage = MaterialStorage.DATABASE;
            m.content = PDF;
            m.uploadedBy = "enterprise:" + uscc;
            m.uploadedAt = OffsetDateTime.now();
            m.persist();
        });
        byte[] downloaded = enterprise(uscc).get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        assertEquals(List.of(), objectsOf(id));
    }

    @Test
    void readinessNamesTheStoreAndSeesTheBucket() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'material-store' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'material-store' }.data.store", equalTo("S3"));
    }

    /** SHA-256 in lower-case hex, as the desk reports it. */
    private static final class Materials256 {
        static String hex(byte[] content) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
