package io.parksuite.e2e;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API inventory (OWASP API9): what the gateway routes to a service is what that service's OpenAPI
 * document describes. Every documented path is reached through the gateway (the service answers,
 * not the gateway's "no route" 404), and every route prefix of the gateway leads to documented
 * operations of the service it proxies, so no undocumented family of endpoints is exposed.
 */
class InventoryE2ETest {

    private static final Path GATEWAY_TEMPLATE = Path.of("..", "gateway", "nginx.conf.template");
    private static final Pattern ROUTE = Pattern.compile(
            "location ~ \\^/api/v1/\\(?([a-z|-]+)\\)?\\(/\\|\\$\\) \\{\\s*[^}]*?proxy_pass http://([a-z]+)-service;");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}/]+}");
    private static final String NO_ROUTE = "No API route or portal resource at this path.";
    private static final List<String> SERVICES = List.of("enterprise", "project", "indicator", "approval");

    @Test
    void everyDocumentedPathIsRoutedToItsServiceAndEveryRouteIsDocumented() throws IOException {
        Map<String, Set<String>> prefixesByService = gatewayRoutes();
        assertEquals(new TreeSet<>(SERVICES), prefixesByService.keySet(), "gateway routes by service");
        for (String service : SERVICES) {
            Set<String> documented = documentedPaths(service);
            assertTrue(documented.size() > 5, service + " documents its operations");
            Set<String> prefixesInUse = new TreeSet<>();
            for (String path : documented) {
                String prefix = path.split("/")[3];
                prefixesInUse.add(prefix);
                assertTrue(prefixesByService.get(service).contains(prefix),
                        service + " documents " + path + ", which the gateway does not route to it");
                Response answer = Gateway.request().get(PATH_PARAMETER.matcher(path).replaceAll("1"));
                assertTrue(answer.statusCode() != 404 || !answer.asString().contains(NO_ROUTE),
                        path + " is documented by " + service + " but not reachable through the gateway");
                assertTrue(answer.statusCode() < 500, path + " answered " + answer.statusCode());
            }
            assertEquals(prefixesByService.get(service), prefixesInUse,
                    "the gateway routes to " + service + " exactly the prefixes its OpenAPI document uses");
        }
    }

    private static Map<String, Set<String>> gatewayRoutes() throws IOException {
        Matcher routes = ROUTE.matcher(Files.readString(GATEWAY_TEMPLATE));
        Map<String, Set<String>> prefixes = new TreeMap<>();
        while (routes.find()) {
            prefixes.computeIfAbsent(routes.group(2), s -> new TreeSet<>()).addAll(List.of(routes.group(1).split("\\|")));
        }
        return prefixes;
    }

    private static Set<String> documentedPaths(String service) {
        Map<String, Object> paths = Gateway.request().get("/openapi/" + service + "?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> api = new TreeSet<>();
        paths.keySet().stream().filter(p -> p.startsWith("/api/v1/")).forEach(api::add);
        return api;
    }
}
