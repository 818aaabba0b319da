package io.parksuite.indicator.api;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.parksuite.indicator.Registry;
import io.parksuite.indicator.ReleaseCalendar;
import io.parksuite.indicator.Reports;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 政府数据开放 with a publication gate: a period is absent from every open-data answer until the
 * statistics office publishes it, and a report revised afterwards changes open data only through
 * a published revision with a note. Each test owns years no other test reports in.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class OpenDataPublicationServiceTest {

    static final String DATASETS = "/api/v1/open-data/datasets";
    static final String HEADLINE = DATASETS + "/park-indicators";
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    Registry registry;

    /** Reports of {@code outputs.length} above-scale enterprises for February and March; their USCCs. */
    static List<String> enterprises(Registry registry, int year, long... outputs) {
        Reports reports = Reports.of();
        List<String> usccs = new java.util.ArrayList<>();
        for (long output : outputs) {
            String uscc = TestUscc.random();
            usccs.add(uscc);
            registry.apply(Registry.snapshot(uscc, 1).street("OD_" + year).aboveScale(year));
            reports.months(uscc, year, 3, output);
        }
        reports.send();
        return usccs;
    }

    static ValidatableResponse publish(String role, String period, String body) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType("application/json").body(body)
                .when().post("/api/v1/indicators/publications/{period}", period).then();
    }

    private static JsonPath openIndicators(String period) {
        return given().queryParam("period", period).when().get("/api/v1/open-data/indicators")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
    }

    private static BigDecimal ytd(JsonPath figures, String code) {
        return figures.getObject("indicators.find { it.code == '" + code + "' }.ytdValue", BigDecimal.class);
    }

    private static void assertAbsent(String period) {
        given().queryParam("period", period).when().get("/api/v1/open-data/indicators")
                .then().statusCode(404).contentType("application/problem+json");
        for (String format : List.of("json", "csv")) {
            given().queryParam("format", format).when().get(HEADLINE + "/periods/{period}", period)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().when().get(HEADLINE + "/periods/{period}/revisions", period)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get(DATASETS).then().statusCode(200)
                .body("find { it.id == 'park-indicators' }.periods", not(hasItem(period)))
                .body("find { it.id == 'indicator-industrial-output' }.periods", not(hasItem(period)));
        given().when().get(HEADLINE + "/data").then().statusCode(200).body("period", not(hasItem(period)));
    }

    @Test
    void anUnpublishedPeriodIsAbsentFromOpenDataAndAppearsAfterPublishing() {
        enterprises(registry, 2004, 1000, 1100, 1200, 1300);
        ReleaseCalendar.release("2004-02", "2004-03");
        assertAbsent("2004-03");

        publish("statistician", "2004-03", "{}").statusCode(201)
                .header("Location", endsWith(HEADLINE + "/periods/2004-03/revisions/1"))
                .body("period", equalTo("2004-03")).body("revision", equalTo(1)).body("created", equalTo(true))
                .body("note", nullValue());

        JsonPath open = openIndicators("2004-03");
        assertEquals("WANGCHENG_ETDZ", open.getString("park"));
        assertEquals(0, new BigDecimal("9200").compareTo(ytd(open, "INDUSTRIAL_OUTPUT")));
        JsonPath asThePublicSeesIt = given().auth().oauth2(TestTokens.forRole("park-leader"))
                .queryParam("period", "2004-03").when().get("/api/v1/indicators/dashboard")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        for (String code : open.<String>getList("indicators.code")) {
            assertEquals(asThePublicSeesIt.getString("indicators.find { it.code == '" + code + "' }.ytdValue"),
                    open.getString("indicators.find { it.code == '" + code + "' }.ytdValue"), code);
        }
        given().when().get(DATASETS).then().statusCode(200)
                .body("find { it.id == 'park-indicators' }.periods", hasItem("2004-03"))
                .body("find { it.id == 'park-indicators' }.licence.id", equalTo("CC-BY-4.0"))
                .body("find { it.id == 'park-indicators' }.publisher", equalTo("望城经济技术开发区管理委员会"))
                .body("find { it.id == 'park-indicators' }.updateFrequency", equalTo("monthly"))
                .body("find { it.id == 'park-indicators' }.titleZh", equalTo("望城经济技术开发区主要经济指标（月度）"))
                .body("find { it.id == 'park-indicators' }.lastModified", not(nullValue()))
                .body("find { it.id == 'park-indicators' }.distributions.format", equalTo(List.of("json", "csv")))
                .body("find { it.id == 'park-indicators' }.distributions[1].downloadUrl",
                        endsWith(HEADLINE + "/data?format=csv"))
                .body("find { it.id == 'indicator-industrial-output' }.periods", hasItem("2004-03"))
                .body("find { it.id == 'indicator-industrial-output' }.indicator", equalTo("INDUSTRIAL_OUTPUT"));
        given().when().get(HEADLINE).then().statusCode(200).body("id", equalTo("park-indicators"))
                .body("periods", hasItem("2004-03")).body("periods", not(hasItem("2004-02")))
                .body("fields.find { it.name == 'ytdValue' }.titleZh", equalTo("累计值"));
        given().when().get(HEADLINE + "/periods/2004-03").then().statusCode(200)
                .contentType("application/json").body("revision", equalTo(1)).body("dataset", equalTo("park-indicators"))
                .body("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.ytdValue", equalTo(9200.0f));
        given().when().get(DATASETS + "/indicator-industrial-output/periods/2004-03").then().statusCode(200)
                .body("indicators", hasSize(1)).body("indicators[0].code", equalTo("INDUSTRIAL_OUTPUT"));
        given().when().get(HEADLINE + "/data").then().statusCode(200).body("period", hasItem("2004-03"));
        assertAbsent("2004-02");
        given().when().get(DATASETS + "/no-such-dataset").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("format", "xml").when().get(HEADLINE + "/periods/2004-03")
                .then().statusCode(422).body("errors[0].field", equalTo("format"));
    }

    @Test
    void aRevisedReportChangesOpenDataOnlyThroughARevisionWithANote() throws Exception {
        List<String> usccs = enterprises(registry, 2008, 2000, 2100, 2200);
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", "2008-03")
                .when().get("/api/v1/indicators/dashboard").then().statusCode(404);
        publish("statistician", "2008-03", "{\"note\": \"2008年3月月度统计发布\"}").statusCode(201)
                .body("revision", equalTo(1));
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", "2008-03")
                .when().get("/api/v1/indicators/dashboard").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("gov-system")).when().get("/api/v1/indicators/releases")
                .then().statusCode(200).body("find { it.period == '2008-03' }.released", equalTo(true));
        publish("park-admin", "2008-03", "{}").statusCode(200).body("created", equalTo(false))
                .body("revision", equalTo(1));
        BigDecimal first = ytd(openIndicators("2008-03"), "INDUSTRIAL_OUTPUT");
        assertEquals(0, new BigDecimal("12600").compareTo(first));

        Reports.of().add(usccs.get(0), "2008-03", "FINAL", new BigDecimal("2500")).send();
        assertEquals(0, first.compareTo(ytd(openIndicators("2008-03"), "INDUSTRIAL_OUTPUT")),
                "a revised report does not change published figures");
        publish("statistician", "2008-03", "{}").statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("note"));
        String note = "年报修订, 企业\"甲\"更正3月产值";
        publish("statistician", "2008-03", "{\"note\": \"年报修订, 企业\\\"甲\\\"更正3月产值\"}").statusCode(201)
                .body("revision", equalTo(2)).body("note", equalTo(note));

        assertEquals(0, new BigDecimal("13100").compareTo(ytd(openIndicators("2008-03"), "INDUSTRIAL_OUTPUT")));
        given().when().get(HEADLINE + "/periods/2008-03/revisions").then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2))).body("note", equalTo(List.of("2008年3月月度统计发布", note)))
                .body("[1].csvUrl", endsWith(HEADLINE + "/periods/2008-03/revisions/2?format=csv"));
        given().when().get(HEADLINE + "/periods/2008-03/revisions/1").then().statusCode(200)
                .body("revision", equalTo(1)).body("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.ytdValue",
                        equalTo(12600.0f));
        given().when().get(HEADLINE + "/periods/2008-03/revisions/3").then().statusCode(404);

        byte[] body = given().queryParam("format", "csv").when().get(HEADLINE + "/periods/2008-03")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF报告期,修订版本,发布时间,指标代码,指标名称,"), csv.substring(0, 40));
        assertTrue(csv.contains("\r\n") && csv.contains("\"年报修订, 企业\"\"甲\"\"更正3月产值\""), "RFC 4180 quoting");
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> lines = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.substring(1))) {
            rows = lines.readAll();
        }
        int indicators = openIndicators("2008-03").getList("indicators").size();
        assertEquals(indicators, rows.size(), "one row per indicator");
        Map<String, String> output = rows.stream().filter(r -> r.get("指标代码").equals("INDUSTRIAL_OUTPUT"))
                .findFirst().orElseThrow();
        assertEquals("规模工业总产值", output.get("指标名称"));
        assertEquals("2008-03", output.get("报告期"));
        assertEquals("2", output.get("修订版本"));
        assertEquals(0, new BigDecimal("13100").compareTo(new BigDecimal(output.get("累计值"))));
        assertEquals(note, output.get("修订说明"));
        given().queryParam("format", "csv").when().get(DATASETS + "/indicator-industrial-output/data")
                .then().statusCode(200).contentType("text/csv");
    }
}
