package io.parksuite.approval.api;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.KnownProject;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Naming a project on an application moves that project 签约 → 审批 and an approval unlocks its 开工 guard, so
 * only the project's investor, as the desk knows it from project.events, may name it; the desk's own drafts
 * for signed projects keep doing so.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ProjectLinkServiceTest {

    String item;
    String investor;
    UUID project;

    @BeforeEach
    void catalogue() {
        item = unique("P");
        createItem(item, unique("dept-p"), 20, 5);
        investor = TestUscc.random();
        project = knownProject(investor);
    }

    private io.restassured.response.ValidatableResponse apply(RequestSpecification who, String extra, UUID projectId) {
        return who.contentType(ContentType.JSON).body("""
                        {"itemCode":"%s","applicantName":"申请人","projectId":"%s",%s"formData":{"enterpriseName":"申请人"}}"""
                        .formatted(item, projectId, extra))
                .post("/api/v1/approval/applications").then();
    }

    private long applicationsOf(UUID projectId) {
        return QuarkusTransaction.requiringNew().call(() -> Application.count("projectId", projectId));
    }

    @Test
    void theDeskKeepsEachProjectsInvestorFromProjectEvents() {
        KnownProject copy = QuarkusTransaction.requiringNew().call(() -> KnownProject.<KnownProject>findById(project));
        assertEquals(investor, copy.investorUscc);
        assertEquals(1, copy.aggregateVersion);
    }

    @Test
    void anotherEnterpriseCannotNameSomeoneElsesProject() {
        apply(enterprise(TestUscc.random()), "", project).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("projectId"));
        assertEquals(0, applicationsOf(project), "nothing is written");
    }

    @Test
    void theDeskCannotAttachAProjectToAnotherApplicantOrToAPerson() {
        apply(manager(), "\"applicantUscc\":\"%s\",".formatted(TestUscc.random()), project).statusCode(422)
                .body("errors.field", hasItem("projectId"));
        apply(manager(), "\"applicantPersonId\":\"43011219900101123X\",", project).statusCode(422)
                .body("errors.field", hasItem("projectId"));
        apply(as("gov-system"), "\"applicantUscc\":\"%s\",".formatted(TestUscc.random()), project).statusCode(422);
        assertEquals(0, applicationsOf(project));
    }

    @Test
    void aProjectUnknownToTheDeskOrWithoutARegisteredInvestorCannotBeNamed() {
        UUID unknown = UUID.randomUUID();
        apply(enterprise(investor), "", unknown).statusCode(422).body("errors.field", hasItem("projectId"));
        assertEquals(0, applicationsOf(unknown));
        UUID prospective = knownProject(null);
        apply(enterprise(investor), "", prospective).statusCode(422).body("errors.field", hasItem("projectId"));
        assertEquals(0, applicationsOf(prospective));
    }

    @Test
    void theInvestorNamesItsOwnProject() {
        apply(enterprise(investor), "", project).statusCode(201).body("projectId", equalTo(project.toString()));
        apply(manager(), "\"applicantUscc\":\"%s\",".formatted(investor), project).statusCode(201)
                .body("applicantUscc", equalTo(investor));
        assertEquals(2, applicationsOf(project));
    }
}
