package io.parksuite.approval.api;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.domain.StoredMaterial;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Material uploads arrive as multipart/form-data (the file part on disk, streamed to the store) or as the raw
 * body, and each application holds a limited number of files and bytes (the test profile: 6 files, 200,000
 * bytes, 65,536 per file); past a limit the upload is refused and nothing of it is kept.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class MaterialUploadServiceTest {

    String item;
    String uscc;
    String id;

    @BeforeEach
    void draft() {
        item = unique("M");
        createItem(item, unique("dept-m"), 20, 5);
        uscc = TestUscc.random();
        id = ApprovalFixtures.draft(uscc, item, null);
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> StoredMaterial.count("applicationId", UUID.fromString(id)));
    }

    private static byte[] pdf(int size) {
        byte[] content = Arrays.copyOf(PDF, size);
        Arrays.fill(content, PDF.length, size, (byte) ' ');
        return content;
    }

    @Test
    void aMultipartUploadIsStoredAndReadBackWithItsChecksum() {
        byte[] content = pdf(40_000);
        String materialId = enterprise(uscc).multiPart("file", "application.pdf", content, "application/pdf")
                .queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(201)
                .body("fileName", equalTo("application.pdf"))
                .body("sizeBytes", equalTo(40_000))
                .body("contentType", equalTo("application/pdf"))
                .extract().path("id");
        byte[] downloaded = enterprise(uscc).get("/api/v1/approval/applications/" + id + "/materials/" + materialId
                + "/content").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(content, downloaded);
        enterprise(uscc).multiPart("file", "a.pdf", PDF, "application/pdf")
                .queryParam("code", item + "-main").queryParam("fileName", "申请书.pdf")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(201)
                .body("fileName", equalTo("申请书.pdf"));
        enterprise(uscc).multiPart("file", "a.txt", "hello".getBytes(), "text/plain").queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(415)
                .contentType("application/problem+json");
        enterprise(uscc).multiPart("file", "generic.bin", PDF, "application/octet-stream").queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(201)
                .body("contentType", equalTo("application/pdf"));
        enterprise(uscc).multiPart("file", "hello.bin", "hello".getBytes(), "application/octet-stream")
                .queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(415)
                .body("errors[0].message", equalTo("not allowed: application/octet-stream"));
        enterprise(uscc).multiPart("file", "big.pdf", pdf(70_000), "application/pdf").queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(413);
        enterprise(TestUscc.random()).multiPart("file", "x.pdf", content, "application/pdf").queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(404);
        assertEquals(3, stored());
    }

    @Test
    void anApplicationHoldsALimitedNumberOfFiles() {
        for (int i = 0; i < 6; i++) {
            upload(enterprise(uscc), id, item + "-main").statusCode(201);
        }
        upload(enterprise(uscc), id, item + "-main").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("file"));
        enterprise(uscc).multiPart("file", "7.pdf", PDF, "application/pdf").queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(422);
        assertEquals(6, stored(), "the seventh file is not kept");
    }

    @Test
    void anApplicationsFilesTogetherStayWithinItsBytes() {
        for (int i = 0; i < 3; i++) {
            enterprise(uscc).multiPart("file", i + ".pdf", pdf(60_000), "application/pdf").queryParam("code", item + "-main")
                    .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(201);
        }
        enterprise(uscc).multiPart("file", "4.pdf", pdf(30_000), "application/pdf").queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("together"));
        enterprise(uscc).contentType("application/pdf").body(pdf(30_000)).queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(413);
        assertEquals(3, stored());
        enterprise(uscc).multiPart("file", "5.pdf", pdf(20_000), "application/pdf").queryParam("code", item + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(201);
    }
}
