package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile input sent to ingest on the running system, then the registry and every brief format checked:
 * each case is refused with a clear 4xx or stored verbatim and rendered inert; nothing invalid is stored,
 * nothing valid lost, and no stack trace reaches the client.
 */
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    private static final String LINK = "[click me](javascript:alert(1))";
    private static final String TABLE = "| forged | cell |";
    private static final String HEADING = "\n# Forged heading\n***";

    private static StackClient client;

    @BeforeAll
    static void startStack() {
        client = StackClient.start("hostile-input");
    }

    @AfterAll
    static void stopStack() {
        client.close();
    }

    private static ObjectNode valid(String summary) {
        ObjectNode c = JSON.createObjectNode().put("year", 2024).put("ministry", "MOFA").put("pillar", "APSC")
                .put("area", "SOM").put("summary", summary);
        c.putArray("outcomes").add("A plain outcome");
        return c;
    }

    /** The same contribution with hostile text in every free-text field. */
    private static ObjectNode hostileText() {
        ObjectNode c = valid(SCRIPT + " " + LINK + HEADING);
        c.putArray("outcomes").add(IMAGE).add(TABLE);
        c.putArray("roles").addObject().put("mechanism", SCRIPT + " mechanism").put("role", "CHAIR")
                .put("partner", IMAGE).put("term", "<b>2024</b>");
        c.putArray("eventsHosted").addObject().put("name", IMAGE + " forum").put("date", "2024-05")
                .put("city", SCRIPT).put("level", "MINISTERIAL");
        c.putArray("initiatives").addObject().put("title", LINK).put("status", "PROPOSED")
                .put("description", SCRIPT);
        c.putArray("difficulties").add(TABLE + HEADING);
        c.putArray("recommendations").add("<iframe src=//evil></iframe>");
        ObjectNode next = c.putObject("nextYear");
        next.putArray("priorities").add(SCRIPT);
        next.putArray("plannedEvents").addObject().put("name", LINK).put("date", "2025-03").put("city", IMAGE)
                .putNull("level");
        return c.putNull("areaName").put("language", "en");
    }

    private static HttpResponse<String> submit(byte[] body) {
        return client.call(client.token("submitter", "MOFA"), "POST", "ingest-service", "/api/v1/contributions", body);
    }

    private static HttpResponse<String> submit(JsonNode body) {
        return submit(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Each case the issue names that must be refused, with the field or reason the answer names. */
    private static Map<String, byte[]> refusedCases() throws Exception {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("oversized body", valid("x".repeat(300 * 1024)).toString().getBytes(StandardCharsets.UTF_8));
        cases.put("deeply nested", valid("nested").toString().replace("\"outcomes\":[",
                "\"outcomes\":[" + "[".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        cases.put("deeply nested unknown field", ("{\"x\":" + "{\"x\":".repeat(20_000) + "1" + "}".repeat(20_001))
                .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
        invalidUtf8.write(valid("bad ").toString().replace("bad ", "bad \u0001MARK").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = invalidUtf8.toByteArray();
        int mark = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\u0001MARK");
        bytes[mark] = (byte) 0xC3;
        bytes[mark + 1] = (byte) 0x28;
        cases.put("invalid UTF-8", bytes);
        cases.put("huge string", valid("y".repeat(9_000)).toString().getBytes(StandardCharsets.UTF_8));
        ObjectNode hugeList = valid("list");
        ArrayNode outcomes = hugeList.putArray("outcomes");
        for (int i = 0; i < 1_000; i++) {
            outcomes.add("outcome " + i);
        }
        cases.put("huge list", hugeList.toString().getBytes(StandardCharsets.UTF_8));
        cases.put("unknown field", valid("unknown").put("ministryOverride", "MOIT").toString()
                .getBytes(StandardCharsets.UTF_8));
        cases.put("NUL character", valid("nul \u0000 here").toString().getBytes(StandardCharsets.UTF_8));
        cases.put("bell in an outcome", ((ObjectNode) valid("bell").set("outcomes",
                JSON.createArrayNode().add("ring \u0007"))).toString().getBytes(StandardCharsets.UTF_8));
        cases.put("unpaired surrogate", valid("x").toString().replace("\"x\"", "\"lone \\ud800 surrogate\"")
                .getBytes(StandardCharsets.UTF_8));
        cases.put("another ministry in the body", valid("impostor").put("ministry", "MOIT").toString()
                .getBytes(StandardCharsets.UTF_8));
        cases.put("not JSON at all", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        return cases;
    }

    @Test
    void everyHostileCaseIsRefusedOrStoredInertAndNothingValidIsLost() throws Exception {
        HttpResponse<String> first = submit(valid("The plain first version."));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);

        for (Map.Entry<String, byte[]> hostile : refusedCases().entrySet()) {
            HttpResponse<String> answer = submit(hostile.getValue());
            assertThat(answer.statusCode()).as(hostile.getKey() + ": " + answer.body()).isBetween(400, 499);
            assertThat(answer.body()).as(hostile.getKey())
                    .doesNotContain("Exception", "\tat ", "asean.review.", "com.fasterxml");
            assertThat(answer.headers().firstValue("Content-Type")).as(hostile.getKey())
                    .hasValue("application/problem+json");
        }

        ObjectNode hostileText = hostileText();
        HttpResponse<String> stored = submit(hostileText);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(202);
        String statusPath = "/api/v1/submissions/" + JSON.readTree(stored.body()).get("submissionId").asText();
        JsonNode status = client.awaitStatus(statusPath, s -> !"PENDING".equals(s.get("status").asText()));
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("REGISTERED");

        JsonNode versions = JSON.readTree(client.office("GET", "registry-service",
                "/api/v1/contributions/2024/MOFA/SOM/versions", null).body());
        assertThat(versions).as("the first version and the hostile-text one, nothing else").hasSize(2);
        assertThat(versions.get(0).at("/contribution/summary").asText()).isEqualTo("The plain first version.");
        assertThat(versions.get(1).get("contribution")).as("stored verbatim")
                .isEqualTo(JSON.readTree(hostileText.toString()));
        HttpResponse<String> accepted = client.office("POST", "registry-service",
                "/api/v1/contributions/2024/MOFA/SOM/versions/2/review", "{\"decision\": \"ACCEPT\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        String html = client.brief("?format=html");
        assertThat(html).contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "&lt;iframe")
                .doesNotContain("<script", "<img", "<iframe", "<b>2024</b>");
        String markdown = client.brief("");
        assertThat(markdown).as("every Markdown control character escaped")
                .doesNotContainPattern("(?<!\\\\)<(script|img|iframe)")
                .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:")
                .doesNotContain("\n# Forged heading", "| forged | cell |")
                .contains("\\<script\\>", "\\[click me\\]");
        for (String format : new String[] { "pdf", "docx", "json" }) {
            assertThat(client.office("GET", "report-service", "/api/v1/briefs/2024?format=" + format, null)
                    .statusCode()).as(format).isEqualTo(200);
        }
        assertThat(JSON.readTree(client.brief("?format=json")).toString()).contains("alert('x')");
    }
}
