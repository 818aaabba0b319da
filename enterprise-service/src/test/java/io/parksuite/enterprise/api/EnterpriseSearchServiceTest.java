package io.parksuite.enterprise.api;

import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.parksuite.enterprise.EnterpriseRequests.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class EnterpriseSearchServiceTest {

    @Test
    void aNameFragmentFindsMatchesRankedExactThenPrefixThenContaining() {
        String token = uniqueToken();
        String exact = registerNamed(token);
        String prefix = registerNamed(token + "新材料有限公司");
        String containing = registerNamed("湖南" + token + "科技有限公司");
        registerNamed("毫不相干的企业");

        reader().queryParam("q", token)
                .when().get("/api/v1/enterprises")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.uscc", contains(exact, prefix, containing));
    }

    @Test
    void filtersCombineWithPagingAndTotals() {
        String token = uniqueToken();
        for (int i = 0; i < 5; i++) {
            post(given().auth().oauth2(TestTokens.forRole("park-admin")), TestUscc.random(), token + "分页企业" + i)
                    .statusCode(201);
        }
        reader().queryParam("q", token).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "name")
                .when().get("/api/v1/enterprises")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("items.name", contains(token + "分页企业2", token + "分页企业3"));
        reader().queryParam("q", token).queryParam("status", "DEREGISTERED")
                .when().get("/api/v1/enterprises")
                .then().statusCode(200).body("total", equalTo(0));
        reader().queryParam("q", token).queryParam("status", "ACTIVE")
                .when().get("/api/v1/enterprises")
                .then().statusCode(200).body("items.status", everyItem(equalTo("ACTIVE")));
    }

    @Test
    void aSearchExportsAsCsvWithChineseColumnTitles() {
        String token = uniqueToken();
        String a = registerNamed(token + "导出甲");
        String b = registerNamed(token + "导出乙,含逗号");
        String csv = reader().queryParam("q", token)
                .when().get("/api/v1/enterprises/export")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("enterprises.csv"))
                .extract().asString();
        String[] lines = csv.split("\n");
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].startsWith("\uFEFF统一社会信用代码,企业名称"), lines[0]);
        org.junit.jupiter.api.Assertions.assertEquals(3, lines.length, csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(a + "," + token + "导出甲,"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(b + ",\"" + token + "导出乙,含逗号\""), csv);
    }

    @Test
    void badListParametersAre4xxNamingTheParameter() {
        reader().queryParam("size", 500).when().get("/api/v1/enterprises")
                .then().statusCode(422).body("errors[0].field", equalTo("size"));
        reader().queryParam("sort", "password").when().get("/api/v1/enterprises")
                .then().statusCode(422).body("errors[0].field", equalTo("sort"));
        reader().queryParam("status", "SLEEPING").when().get("/api/v1/enterprises")
                .then().statusCode(422).body("errors[0].field", equalTo("status"));
    }

    @Test
    void referenceDataListsTheParkStreetsAndIndustryDivisions() {
        reader().when().get("/api/v1/registry/streets")
                .then().statusCode(200)
                .body("name", org.hamcrest.Matchers.hasItems("乌山街道", "白沙洲街道", "黄金园街道", "金山桥街道"));
        List<String> codes = reader().when().get("/api/v1/registry/industry-classes")
                .then().statusCode(200).extract().jsonPath().getList("code");
        org.junit.jupiter.api.Assertions.assertEquals(117, codes.size());
    }

    private static String registerNamed(String name) {
        String uscc = TestUscc.random();
        post(given().auth().oauth2(TestTokens.forRole("park-admin")), uscc, name).statusCode(201);
        return uscc;
    }

    private static String uniqueToken() {
        String alphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星辰山川河海江湖松柏桃李梅兰竹菊春夏秋冬东南西北红橙黄绿青蓝紫白";
        StringBuilder token = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.forRole("park-leader"));
    }
}
