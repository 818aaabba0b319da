package io.parksuite.testing;

import io.parksuite.platform.security.Roles;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Function-level authorization (OWASP API5) checked against a committed role × endpoint matrix,
 * {@code contracts/security/<service>.csv}: one row {@code method,path,allowed} per operation of
 * the service's OpenAPI document, {@code allowed} being space-separated roles or {@code public}.
 * A service's test extends this class as a {@code @QuarkusTest} with its usual test resources and
 * names its matrix. It fails on any {@code /api} operation missing from the matrix or listed there
 * but not served, and calls every operation with a token of every role and with none: an allowed
 * role must get neither 401 nor 403, any other role 403, no token 401 unless the row is public, and
 * nothing may answer 5xx. Path parameters are filled by {@link #pathValue}; bodies are empty in the
 * operation's first media type, so an allowed call usually ends in a 4xx about its input.
 */
public abstract class RoleMatrixContract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final String PUBLIC = "public";

    /** The matrix file's name without {@code .csv}: the service's short name, e.g. {@code enterprise}. */
    protected abstract String matrix();

    /** A value for path parameter {@code name}: well-formed, naming nothing that exists. */
    protected String pathValue(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("uscc")) {
            return TestTokens.UNREGISTERED_USCC;
        }
        if (lower.contains("period")) {
            return "2019-06";
        }
        if (lower.contains("year")) {
            return "2019";
        }
        if (lower.contains("date")) {
            return "2019-06-03";
        }
        if (lower.contains("code")) {
            return "NO-SUCH-CODE";
        }
        return "00000000-0000-4000-8000-000000000001";
    }

    @Test
    void theMatrixListsExactlyTheOperationsTheServiceServes() {
        Set<String> served = new TreeSet<>(operations().keySet());
        Set<String> listed = new TreeSet<>(readMatrix().keySet());
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(served);
        assertTrue(missing.isEmpty() && stale.isEmpty(),
                "contracts/security/" + matrix() + ".csv: operations missing from it " + missing
                        + "; listed but not served " + stale);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsWhatTheMatrixAllows() {
        Map<String, Map<String, Object>> operations = operations();
        Map<String, Set<String>> matrix = readMatrix();
        List<DynamicTest> tests = new ArrayList<>();
        int[] calls = {0, 0};
        matrix.forEach((operation, allowed) -> {
            if (!operations.containsKey(operation)) {
                return;
            }
            tests.add(DynamicTest.dynamicTest(operation, () -> {
                boolean open = allowed.contains(PUBLIC);
                for (String role : Roles.ALL) {
                    int status = call(operation, operations.get(operation), TestTokens.forRole(role));
                    calls[0]++;
                    if (open || allowed.contains(role)) {
                        assertTrue(status != 401 && status != 403 && status < 500,
                                operation + " as " + role + " (allowed) answered " + status);
                    } else {
                        calls[1]++;
                        assertEquals(403, status, operation + " as " + role + " (not allowed)");
                    }
                }
                int anonymous = call(operation, operations.get(operation), null);
                calls[0]++;
                if (open) {
                    assertTrue(anonymous != 401 && anonymous != 403 && anonymous < 500,
                            operation + " without a token (public) answered " + anonymous);
                } else {
                    calls[1]++;
                    assertEquals(401, anonymous, operation + " without a token");
                }
            }));
        });
        tests.add(DynamicTest.dynamicTest("summary", () -> System.out.printf(
                "Role matrix %s: %d operations, %d calls, %d of them refused as they must be, none 5xx%n",
                matrix(), matrix.size(), calls[0], calls[1])));
        return tests.stream();
    }

    private int call(String operation, Map<String, Object> definition, String token) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1);
        Matcher parameters = PATH_PARAMETER.matcher(path);
        StringBuilder url = new StringBuilder();
        while (parameters.find()) {
            parameters.appendReplacement(url, Matcher.quoteReplacement(pathValue(parameters.group(1))));
        }
        parameters.appendTail(url);
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        withEmptyBody(request, definition);
        Response response = request.request(method, url.toString());
        assertTrue(response.statusCode() < 500, operation + " answered " + response.statusCode() + ": "
                + response.asString());
        return response.statusCode();
    }

    @SuppressWarnings("unchecked")
    private static void withEmptyBody(RequestSpecification request, Map<String, Object> definition) {
        if (!(definition.get("requestBody") instanceof Map<?, ?> body)
                || !(body.get("content") instanceof Map<?, ?> content) || content.isEmpty()) {
            return;
        }
        String mediaType = ((Map<String, Object>) content).keySet().iterator().next();
        if (mediaType.startsWith("multipart/")) {
            request.multiPart("file", "empty.txt", new byte[0], "text/plain");
        } else if (mediaType.contains("json")) {
            request.contentType(mediaType).body("{}");
        } else {
            request.contentType(mediaType).body("");
        }
    }

    /** Every {@code /api} operation of the running service, as {@code "METHOD /path"}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                ((Map<String, Object>) item).forEach((method, definition) -> {
                    if (METHODS.contains(method)) {
                        operations.put(method.toUpperCase(Locale.ROOT) + " " + path, (Map<String, Object>) definition);
                    }
                });
            }
        });
        return operations;
    }

    private Map<String, Set<String>> readMatrix() {
        Path file = Path.of("..", "contracts", "security", matrix() + ".csv");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail("Cannot read the role matrix " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        Map<String, Set<String>> matrix = new TreeMap<>();
        for (String line : lines) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#") || row.equals("method,path,allowed")) {
                continue;
            }
            String[] cells = row.split(",", 3);
            assertEquals(3, cells.length, file + ": not a method,path,allowed row: " + row);
            Set<String> allowed = new TreeSet<>(List.of(cells[2].strip().split("\\s+")));
            for (String role : allowed) {
                assertTrue(role.equals(PUBLIC) || Roles.ALL.contains(role), file + ": unknown role " + role + " in " + row);
            }
            String operation = cells[0].strip().toUpperCase(Locale.ROOT) + " " + cells[1].strip();
            assertTrue(matrix.put(operation, allowed) == null, file + ": " + operation + " is listed twice");
        }
        return matrix;
    }
}
