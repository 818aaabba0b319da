package io.parksuite.e2e;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.client.approval.api.ApplicationIntakeApi;
import io.parksuite.client.approval.api.ApplicationsApi;
import io.parksuite.client.approval.api.BundlesApi;
import io.parksuite.client.approval.api.MaterialsApi;
import io.parksuite.client.approval.api.ServiceItemsApi;
import io.parksuite.client.approval.model.Application;
import io.parksuite.client.approval.model.ApplicationStatus;
import io.parksuite.client.approval.model.BulkReport;
import io.parksuite.client.approval.model.Bundle;
import io.parksuite.client.approval.model.BundleRequest;
import io.parksuite.client.approval.model.FormField;
import io.parksuite.client.approval.model.FormUpdate;
import io.parksuite.client.approval.model.Material;
import io.parksuite.client.approval.model.ServiceItem;
import io.parksuite.client.approval.model.ServiceItemMaterial;
import io.parksuite.client.enterprise.ApiException;
import io.parksuite.client.enterprise.ApiResponse;
import io.parksuite.client.enterprise.api.EnterprisesApi;
import io.parksuite.client.enterprise.model.Enterprise;
import io.parksuite.client.enterprise.model.EnterpriseRequest;
import io.parksuite.client.enterprise.model.Problem;
import io.parksuite.client.indicator.api.IndicatorsApi;
import io.parksuite.client.indicator.api.ReleasesApi;
import io.parksuite.client.indicator.model.Dashboard;
import io.parksuite.client.indicator.model.IndicatorFigure;
import io.parksuite.client.indicator.model.ReleaseRequest;
import io.parksuite.client.project.api.ProjectStagesApi;
import io.parksuite.client.project.api.ProjectsApi;
import io.parksuite.client.project.model.Investor;
import io.parksuite.client.project.model.InvestorType;
import io.parksuite.client.project.model.Project;
import io.parksuite.client.project.model.ProjectRequest;
import io.parksuite.client.project.model.ProjectStage;
import io.parksuite.client.project.model.TransitionRequest;
import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestUscc;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Client teams (mobile apps, other government systems) never read the suite's Java: they generate
 * their clients from the stored OpenAPI documents. This story goes through the gateway with nothing
 * but the Java clients OpenAPI Generator makes from those documents, unedited: an enterprise is
 * registered, read back with its ETag and updated with {@code If-Match} (a stale ETag is a 412
 * problem), a project is signed for it, its pre-filled 工业项目开工一件事 application is completed and
 * submitted, and the indicator dashboard is read. Should a document stop serving its clients, this
 * fails where a client team would.
 */
class GeneratedClientsE2ETest {

    private static final String CLIENT = "e2e-generated-clients";
    private static final ZoneId PARK_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String DASHBOARD_PERIOD = "2012-03";
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aWholeStoryRunsOnTheGeneratedClients() throws Exception {
        String uscc = TestUscc.random();
        String enterpriseName = "望城生成客户端新材料有限公司" + uscc.substring(12);

        registerReadAndUpdate(uscc, enterpriseName);
        String projectName = "生成客户端新材料产业园" + uscc.substring(12);
        UUID projectId = signProject(uscc, enterpriseName, projectName);
        submitStartUpApplication(uscc, projectId, projectName);
        readDashboard();
    }

    private static void registerReadAndUpdate(String uscc, String name) throws Exception {
        io.parksuite.client.enterprise.ApiClient client = enterpriseService(SuiteTokens.forClient("park-admin", CLIENT));
        EnterprisesApi enterprises = new EnterprisesApi(client);

        Enterprise registered = enterprises.registerEnterprise(enterprise(uscc, name, "王示例"), "e2e-" + UUID.randomUUID());
        assertEquals(uscc, registered.getUscc());

        ApiResponse<Enterprise> read = enterprises.getEnterpriseWithHttpInfo(uscc);
        assertEquals(name, read.getData().getName());
        assertEquals("王示例", read.getData().getLegalRepresentative());
        String etag = header(read.getHeaders(), "ETag");

        ApiResponse<Enterprise> updated = enterprises.replaceEnterpriseWithHttpInfo(uscc, etag, enterprise(uscc, name, "李示例"));
        assertEquals("李示例", updated.getData().getLegalRepresentative());
        assertNotEquals(etag, header(updated.getHeaders(), "ETag"));
        assertEquals("李示例", enterprises.getEnterprise(uscc).getLegalRepresentative());

        ApiException stale = assertThrows(ApiException.class,
                () -> enterprises.replaceEnterprise(uscc, etag, enterprise(uscc, name, "赵示例")));
        assertEquals(412, stale.getCode());
        assertTrue(header(stale.getResponseHeaders().map(), "Content-Type").startsWith("application/problem+json"));
        Problem problem = client.getObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertEquals(412, problem.getStatus());
    }

    private static UUID signProject(String uscc, String enterpriseName, String projectName) throws Exception {
        io.parksuite.client.project.ApiClient client = projectService(SuiteTokens.forClient("investment-officer", CLIENT));
        ProjectsApi projects = new ProjectsApi(client);
        LocalDate today = LocalDate.now(PARK_ZONE);

        Project created = projects.createProject(new ProjectRequest()
                        .name(projectName)
                        .investor(new Investor().uscc(uscc).name(enterpriseName).type(InvestorType.OTHER))
                        .plannedInvestmentYuan(new BigDecimal("300000000"))
                        .landAreaMu(new BigDecimal("80"))
                        .stage(ProjectStage.NEGOTIATING)
                        .stageDate(today),
                "e2e-" + UUID.randomUUID());
        UUID id = created.getId();
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                .until(() -> Boolean.TRUE.equals(projects.getProject(id).getInvestor().getLinked()));

        io.parksuite.client.project.ApiResponse<Project> linked = projects.getProjectWithHttpInfo(id);
        assertEquals(uscc, linked.getData().getInvestor().getUscc());
        Project signed = new ProjectStagesApi(client).changeProjectStage(id, header(linked.getHeaders(), "ETag"),
                new TransitionRequest().to(ProjectStage.SIGNED).date(today).note("签约大会"));
        assertEquals(ProjectStage.SIGNED, signed.getStage());
        return id;
    }

    private static void submitStartUpApplication(String uscc, UUID projectId, String projectName) throws Exception {
        loadServiceCatalogue();
        io.parksuite.client.approval.ApiClient client = approvalService(SuiteTokens.forEnterprise(uscc));
        ApplicationsApi applications = new ApplicationsApi(client);

        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                .until(() -> applications.listApplications(null, projectId, null, null, null).getTotal() == 1);
        Application draft = applications.listApplications(null, projectId, null, null, null).getItems().get(0);
        assertEquals(ApplicationStatus.DRAFT, draft.getStatus());
        assertEquals("industrial-construction", draft.getBundleCode());
        assertEquals(projectName, draft.getFormData().get("projectName"));

        Bundle bundle = new BundlesApi(client).getBundle("industrial-construction");
        MaterialsApi materials = new MaterialsApi(client);
        File pdf = Files.write(Files.createTempFile("material", ".pdf"), PDF).toFile();
        pdf.deleteOnExit();
        int mainMaterials = 0;
        for (ServiceItemMaterial material : bundle.getMaterials()) {
            if (Boolean.TRUE.equals(material.getMain())) {
                Material stored = materials.uploadMaterial(draft.getId(), material.getCode(), material.getCode() + ".pdf", pdf);
                assertEquals(material.getCode(), stored.getCode());
                mainMaterials++;
            }
        }
        assertTrue(mainMaterials > 0, "the bundle names main materials");
        assertEquals(mainMaterials, materials.listMaterials(draft.getId()).size());

        Map<String, Object> formData = new HashMap<>(draft.getFormData());
        for (FormField field : bundle.getForm()) {
            if (Boolean.TRUE.equals(field.getRequired())) {
                formData.putIfAbsent(field.getKey(), "示例");
            }
        }
        ApplicationIntakeApi intake = new ApplicationIntakeApi(client);
        intake.updateApplicationForm(draft.getId(), new FormUpdate().formData(formData));
        Application submitted = intake.submitApplication(draft.getId());
        assertEquals(ApplicationStatus.SUBMITTED, submitted.getStatus());
        assertNotNull(submitted.getSubmittedAt());
    }

    /** The 政务服务事项 and bundles of the demo data, loaded as a service manager would, through the bulk operations. */
    private static void loadServiceCatalogue() throws Exception {
        io.parksuite.client.approval.ApiClient client = approvalService(SuiteTokens.forClient("service-manager", CLIENT));
        ObjectMapper json = client.getObjectMapper();
        List<ServiceItem> items = json.readValue(Path.of("../demo/data/approval-service-items.json").toFile(),
                new TypeReference<>() {
                });
        List<BundleRequest> bundles = json.readValue(Path.of("../demo/data/approval-bundles.json").toFile(),
                new TypeReference<>() {
                });

        BulkReport itemReport = new ServiceItemsApi(client).importServiceItems(items, null);
        assertEquals(items.size(), itemReport.getReceived());
        assertTrue(itemReport.getErrors().isEmpty(), () -> "service items refused: " + itemReport.getErrors());
        BulkReport bundleReport = new BundlesApi(client).importBundles(bundles, null);
        assertEquals(bundles.size(), bundleReport.getReceived());
        assertTrue(bundleReport.getErrors().isEmpty(), () -> "bundles refused: " + bundleReport.getErrors());
    }

    /**
     * The dashboard of a period the statistics office has released (统计法: nobody else reads it before),
     * released here at a fixed time so that every run records the same release.
     */
    private static void readDashboard() throws Exception {
        new ReleasesApi(indicatorService(SuiteTokens.forClient("statistician", CLIENT))).recordRelease(DASHBOARD_PERIOD,
                new ReleaseRequest().releasedAt(OffsetDateTime.parse("2012-04-13T09:30:00+08:00")));
        Dashboard dashboard = new IndicatorsApi(indicatorService(SuiteTokens.forClient("park-leader", CLIENT)))
                .getDashboard(DASHBOARD_PERIOD, null);

        assertEquals(DASHBOARD_PERIOD, dashboard.getPeriod());
        assertEquals("1–3月", dashboard.getYtdLabel());
        assertNotNull(dashboard.getPark());
        assertTrue(dashboard.getIndicators().stream().anyMatch(figure -> "INDUSTRIAL_OUTPUT".equals(figure.getCode())),
                () -> "规模工业总产值 is on the dashboard: " + dashboard.getIndicators());
        for (IndicatorFigure figure : dashboard.getIndicators()) {
            assertAll(figure.getCode(),
                    () -> assertNotNull(figure.getNameZh()),
                    () -> assertNotNull(figure.getUnit()),
                    () -> assertNotNull(figure.getScope()),
                    () -> assertNotNull(figure.getSource()),
                    () -> assertEquals(DASHBOARD_PERIOD, figure.getPeriod()));
        }
    }

    private static EnterpriseRequest enterprise(String uscc, String name, String legalRepresentative) {
        return new EnterpriseRequest().uscc(uscc).name(name).legalRepresentative(legalRepresentative);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .flatMap(header -> header.getValue().stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + headers.keySet()));
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }

    private static io.parksuite.client.enterprise.ApiClient enterpriseService(String token) {
        return new io.parksuite.client.enterprise.ApiClient(HttpClient.newBuilder(),
                io.parksuite.client.enterprise.ApiClient.createDefaultObjectMapper(), Gateway.URL)
                .setRequestInterceptor(bearer(token));
    }

    private static io.parksuite.client.project.ApiClient projectService(String token) {
        return new io.parksuite.client.project.ApiClient(HttpClient.newBuilder(),
                io.parksuite.client.project.ApiClient.createDefaultObjectMapper(), Gateway.URL)
                .setRequestInterceptor(bearer(token));
    }

    private static io.parksuite.client.approval.ApiClient approvalService(String token) {
        return new io.parksuite.client.approval.ApiClient(HttpClient.newBuilder(),
                io.parksuite.client.approval.ApiClient.createDefaultObjectMapper(), Gateway.URL)
                .setRequestInterceptor(bearer(token));
    }

    private static io.parksuite.client.indicator.ApiClient indicatorService(String token) {
        return new io.parksuite.client.indicator.ApiClient(HttpClient.newBuilder(),
                io.parksuite.client.indicator.ApiClient.createDefaultObjectMapper(), Gateway.URL)
                .setRequestInterceptor(bearer(token));
    }
}
