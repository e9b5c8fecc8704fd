package asean.review.infra.quarkus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a service's OpenAPI document (JSON, as {@code /q/openapi?format=json} serves it) lacks for a client: an
 * example of every request body, in each of its media types; the errors every operation can answer (a missing token
 * and the wrong role where it is secured, an unacceptable {@code Accept}, an unexpected failure, and with a body an
 * unreadable, too large or non-JSON one); on every error response, a problem body with examples whose {@code type} is
 * one of the error catalogue's and whose {@code status} is the response's; a success response (an operation that
 * declares its errors with {@code @APIResponse} loses the one SmallRye would have made); the bearer scheme on every secured
 * operation; and nothing but the API (no pages). Each defect is one line naming the operation.
 */
public final class ApiDocumentDefects {

    static final String PROBLEM = "application/problem+json";

    private ApiDocumentDefects() {
    }

    public static List<String> of(JsonNode document, Set<String> catalogue) {
        List<String> defects = new ArrayList<>();
        JsonNode examples = document.path("components").path("examples");
        String bearer = bearerScheme(document.path("components").path("securitySchemes"));
        if (bearer == null) {
            defects.add("no bearer security scheme");
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                defects.add(path.getKey() + ": not part of the API");
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getValue().isObject() && op.getValue().has("responses")) {
                    String name = op.getKey().toUpperCase() + " " + path.getKey();
                    operation(name, op.getValue(), examples, catalogue, bearer, defects);
                }
            }
        }
        return defects;
    }

    private static void operation(String name, JsonNode op, JsonNode examples, Set<String> catalogue, String bearer,
            List<String> defects) {
        JsonNode responses = op.path("responses");
        boolean secured = op.path("security").size() > 0;
        if (secured && (bearer == null || !op.path("security").toString().contains("\"" + bearer + "\""))) {
            defects.add(name + ": secured, but not by the bearer scheme");
        }
        List<String> expected = new ArrayList<>(List.of("406", "500"));
        if (secured) {
            expected.addAll(List.of("401", "403"));
        }
        JsonNode body = op.path("requestBody").path("content");
        if (op.has("requestBody")) {
            expected.addAll(List.of("400", "413", "415"));
            if (body.isEmpty()) {
                defects.add(name + ": a request body without a media type");
            }
            body.fields().forEachRemaining(media -> {
                List<JsonNode> values = values(media.getValue(), examples);
                if (values.isEmpty() || values.stream().anyMatch(JsonNode::isMissingNode)) {
                    defects.add(name + ": request body " + media.getKey() + " without an example");
                }
            });
        }
        boolean succeeds = false;
        for (Iterator<String> codes = responses.fieldNames(); codes.hasNext();) {
            succeeds |= codes.next().startsWith("2");
        }
        if (!succeeds) {
            defects.add(name + ": declares no success response");
        }
        for (String code : expected) {
            if (!responses.has(code)) {
                defects.add(name + ": does not declare " + code);
            }
        }
        responses.fields().forEachRemaining(response -> {
            String code = response.getKey();
            if (code.startsWith("4") || code.startsWith("5")) {
                problem(name + " " + code, Integer.parseInt(code), response.getValue(), examples, catalogue, defects);
            }
        });
    }

    private static void problem(String name, int status, JsonNode response, JsonNode examples, Set<String> catalogue,
            List<String> defects) {
        JsonNode problem = response.path("content").path(PROBLEM);
        if (problem.isMissingNode()) {
            defects.add(name + ": no " + PROBLEM + " body");
            return;
        }
        if (!problem.has("schema")) {
            defects.add(name + ": no schema");
        }
        List<JsonNode> values = values(problem, examples);
        if (values.isEmpty()) {
            defects.add(name + ": no example");
        }
        for (JsonNode value : values) {
            String type = value.path("type").asText();
            if (!catalogue.contains(type)) {
                defects.add(name + ": example of type '" + type + "', not one of the catalogue's");
            }
            if (value.path("status").asInt() != status) {
                defects.add(name + ": example of status " + value.path("status") + " (" + type + ")");
            }
        }
    }

    /** The example values of a media type, a reference resolved (missing if it resolves to nothing). */
    private static List<JsonNode> values(JsonNode media, JsonNode examples) {
        List<JsonNode> values = new ArrayList<>();
        if (media.has("example")) {
            values.add(media.get("example"));
        }
        media.path("examples").forEach(example -> {
            String ref = example.path("$ref").asText(null);
            JsonNode resolved = ref == null ? example
                    : examples.path(ref.substring(ref.lastIndexOf('/') + 1));
            values.add(resolved.path("value"));
        });
        return values;
    }

    private static String bearerScheme(JsonNode schemes) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schemes.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> scheme = it.next();
            if ("http".equals(scheme.getValue().path("type").asText())
                    && "bearer".equalsIgnoreCase(scheme.getValue().path("scheme").asText())) {
                return scheme.getKey();
            }
        }
        return null;
    }
}
