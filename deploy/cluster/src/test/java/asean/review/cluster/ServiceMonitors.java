package asean.review.cluster;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Prometheus Operator's {@code ServiceMonitor} that quarkus-kubernetes writes beside a service with Micrometer's
 * Prometheus registry. No model or CRD schema of it is at hand offline, so the fields it may use are named here (those
 * of {@code monitoring.coreos.com/v1} that the generator writes), and it must scrape the service's own metrics.
 */
final class ServiceMonitors {

    private static final Set<String> SPEC = Set.of("selector", "endpoints", "namespaceSelector", "jobLabel");
    private static final Set<String> ENDPOINT = Set.of("port", "targetPort", "path", "scheme", "interval",
            "scrapeTimeout", "honorLabels");

    private ServiceMonitors() {
    }

    static boolean is(JsonNode document) {
        return "monitoring.coreos.com/v1".equals(document.path("apiVersion").asText())
                && "ServiceMonitor".equals(ManifestFile.kind(document));
    }

    /** What is wrong with the monitor of a service that listens on {@code port}; empty when nothing. */
    static List<String> problems(JsonNode document, int port) {
        List<String> problems = new ArrayList<>();
        JsonNode spec = document.path("spec");
        unknown(spec, SPEC, "spec", problems);
        if (spec.path("selector").path("matchLabels").isEmpty()) {
            problems.add("spec.selector.matchLabels is empty: the monitor would select no Service");
        }
        if (!spec.path("endpoints").isArray() || spec.path("endpoints").isEmpty()) {
            problems.add("spec.endpoints is empty");
        }
        for (JsonNode endpoint : spec.path("endpoints")) {
            unknown(endpoint, ENDPOINT, "spec.endpoints[]", problems);
            if (!"/q/metrics".equals(endpoint.path("path").asText())) {
                problems.add("an endpoint scrapes " + endpoint.path("path").asText() + ", not /q/metrics");
            }
            if (endpoint.path("targetPort").asInt() != port) {
                problems.add("an endpoint scrapes port " + endpoint.path("targetPort").asText() + ", not " + port);
            }
        }
        return problems;
    }

    private static void unknown(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add("unknown field " + where + "." + name);
            }
        }
    }
}
