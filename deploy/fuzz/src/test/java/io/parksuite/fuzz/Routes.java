package io.parksuite.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statuses the documents list for every operation (reads too), found by method and concrete
 * path: a request sent with another method than its operation's may still be one the documents
 * describe, e.g. GET on {@code /enterprises/bulk} reads the enterprise "bulk". The most literal
 * template wins, as in the services' routing.
 */
final class Routes {

    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}/]+}");

    private record Route(String method, Pattern path, int literalLength, Set<Integer> statuses) {
    }

    private final List<Route> routes = new ArrayList<>();

    void add(String method, String template, Set<Integer> statuses) {
        String regex = Arrays.stream(template.split("/", -1))
                .map(segment -> TEMPLATE.matcher(segment).matches() ? "[^/]+" : Pattern.quote(segment))
                .collect(Collectors.joining("/"));
        routes.add(new Route(method, Pattern.compile(regex), TEMPLATE.matcher(template).replaceAll("").length(), statuses));
    }

    /** The statuses of the operation a request would reach, if the documents describe one. */
    Optional<Set<Integer>> statuses(String method, String pathAndQuery) {
        String path = pathAndQuery.split("\\?", 2)[0];
        return routes.stream().filter(r -> r.method.equals(method) && r.path.matcher(path).matches())
                .max(Comparator.comparingInt(Route::literalLength)).map(Route::statuses);
    }
}
