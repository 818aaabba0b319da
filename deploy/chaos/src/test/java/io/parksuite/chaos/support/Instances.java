package io.parksuite.chaos.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service instances of the running suite and what their {@code /q/metrics} say. The first
 * instance of each service listens on 8081–8084; a second one, under {@code deploy/suite up
 * --replicas 2}, on the port {@code chaos.second-port-offset} above (100 by default: 8181–8184).
 * Instances are addressed by the suite's component names ({@code indicator}, {@code indicator-2}).
 */
public final class Instances {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final List<String> SERVICES = List.of("enterprise", "project", "indicator", "approval");

    /** One instance: its component name and port. */
    public record Instance(String service, String component, int port) {
    }

    private Instances() {
    }

    /** Every instance of {@code service} the suite was started with (answering or not right now). */
    public static List<Instance> of(String service) {
        int first = 8081 + SERVICES.indexOf(service);
        List<Instance> instances = new ArrayList<>(List.of(new Instance(service, service, first)));
        for (int n = 2; n <= replicas(); n++) {
            instances.add(new Instance(service, service + "-" + n, first + (n - 1) * secondPortOffset()));
        }
        return instances;
    }

    /** Instances per service: {@code chaos.replicas}, else what {@code deploy/suite up} recorded (1 if nothing). */
    public static int replicas() {
        String configured = System.getProperty("chaos.replicas");
        if (configured != null && !configured.isBlank()) {
            return Integer.parseInt(configured.trim());
        }
        try {
            return Integer.parseInt(Files.readString(Chaos.root().resolve(".state/run/replicas")).trim());
        } catch (IOException | NumberFormatException e) {
            return 1;
        }
    }

    private static int secondPortOffset() {
        return Integer.getInteger("chaos.second-port-offset", 100);
    }

    /** Whether {@code /q/health/live} answers UP: a dependency outage must not make it fail. */
    public static boolean live(Instance instance) {
        return get(instance.port(), "/q/health/live") != null;
    }

    /**
     * Whether {@code /q/health/live} answers DOWN (503), as opposed to UP or no answer in time
     * (a busy machine): only the former is a liveness verdict on its own.
     */
    public static boolean reportsDown(Instance instance) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/q/health/live"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 503;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static boolean ready(Instance instance) {
        return get(instance.port(), "/q/health/ready") != null;
    }

    /** The Prometheus text of an instance, or null if it does not answer. */
    public static String metrics(int port) {
        return get(port, "/q/metrics");
    }

    /**
     * The sum of the samples of {@code metric} whose labels contain every one of
     * {@code labels} (each {@code name="value"}); 0 when none.
     */
    public static double sample(String metricsText, String metric, String... labels) {
        double sum = 0;
        Pattern line = Pattern.compile("^" + Pattern.quote(metric) + "(\\{[^}]*})?\\s+(\\S+)", Pattern.MULTILINE);
        Matcher matcher = line.matcher(metricsText);
        while (matcher.find()) {
            String labelText = matcher.group(1) == null ? "" : matcher.group(1);
            boolean matches = true;
            for (String label : labels) {
                matches &= labelText.contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(matcher.group(2));
            }
        }
        return sum;
    }

    /** The largest sample of {@code metric} over the instances that answer. */
    public static double maxOver(List<Instance> instances, String metric) {
        double max = 0;
        for (Instance instance : instances) {
            String text = metrics(instance.port());
            if (text == null) {
                continue;
            }
            Matcher matcher = Pattern.compile("^" + Pattern.quote(metric) + "(\\{[^}]*})?\\s+(\\S+)", Pattern.MULTILINE)
                    .matcher(text);
            while (matcher.find()) {
                max = Math.max(max, Double.parseDouble(matcher.group(2)));
            }
        }
        return max;
    }

    private static String get(int port, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
