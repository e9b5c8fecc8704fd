package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.infra.FreePorts;
import asean.review.infra.TempDirs;

/**
 * The whole system as the README runs it: real PostgreSQL and Kafka, the three packaged services, the
 * 2024 seed article's data loaded over HTTP by deploy/load-examples.sh, and the brief read back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullStackTest {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dataDir;
    private static StackSettings settings;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        dataDir = TempDirs.create("full-stack");
        settings = new StackSettings(REPOSITORY, dataDir, FreePorts.any(), FreePorts.any(), FreePorts.any(),
                FreePorts.any(), FreePorts.any());
        stack = LocalStack.start(settings);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
        TempDirs.delete(dataDir);
    }

    @Test
    @Order(1)
    void seedArticle2024GoesInOverHttpAndComesOutInTheRightSections() throws Exception {
        loadExamples("2024");
        awaitRegistered(2024, 12);

        Map<String, String> sections = sections(get("report-service", "/api/v1/briefs/2024", "text/markdown"));

        assertThat(sections.get("1. ASEAN in 2024")).contains("Lao PDR",
                "ASEAN: Advancing Connectivity and Resilience",
                "Regional growth forecast: 4.5% in 2024, 4.7% in 2025");
        String participation = sections.get("2. Participation by pillar");
        assertThat(between(participation, "### Political-Security", "### Economic"))
                .contains("(MOFA):", "(MND):", "(MPS):", "(MOJ):");
        assertThat(between(participation, "### Economic", "### Socio-Cultural"))
                .contains("(MOIT):", "(MOF):", "(SBV):");
        assertThat(between(participation, "### Socio-Cultural", "### External"))
                .contains("(MIC):", "(MOLISA):", "care economy");
        assertThat(between(participation, "### External", "### Cross"))
                .contains("ASEAN-UK dialogue relations", "ASEAN-New Zealand dialogue relations");
        assertThat(sections.get("3. Leadership roles")).contains(
                "| ASEAN-EU economic relations | Country coordinator | EU | MOIT |",
                "| ASEAN Customs (Directors-General of Customs) | Chair | — | MOF |",
                "| ASEAN Sustainable Finance Task Force | Co-chair | — | SBV |",
                "| ASEAN-UK dialogue relations | Country coordinator | United Kingdom | MOFA |",
                "| ASEAN-New Zealand dialogue relations | Country coordinator | New Zealand | MOFA |");
        assertThat(sections.get("4. Events hosted")).contains("| 2024-08 | Đà Nẵng |", "| MOLISA |");
        assertThat(sections.get("5. Initiatives")).contains("ASEAN Future Forum 2025", "| Adopted | MOFA |");
        assertThat(sections.get("6. Difficulties and recommendations"))
                .contains("inter-pillar coordination mechanism", "(MOFA)", "(MIC)");
        assertThat(sections.get("7. Orientations for 2025")).contains(
                "30th anniversary of Viet Nam's ASEAN membership",
                "| ASEAN Future Forum 2025: Building a united, resilient and inclusive ASEAN Community in a"
                        + " changing world | 2025-02 | Hà Nội | Other | MOFA |");
        assertThat(sections.get("8. Annex: submission status")).contains(
                "| Ministry of Education and Training (MOET) | yes | Missing | none |",
                "| Ministry of Labour, Invalids and Social Affairs (MOLISA) | yes |");
    }

    @Test
    @Order(2)
    void htmlAndJsonCarryTheSameBrief() throws Exception {
        String html = get("report-service", "/api/v1/briefs/2024", "text/html");
        assertThat(html).contains("<h2>3. Leadership roles</h2>", "<td>ASEAN Sustainable Finance Task Force</td>",
                "Đà Nẵng");
        JsonNode json = JSON.readTree(get("report-service", "/api/v1/briefs/2024?format=json", "*/*"));
        assertThat(json.at("/orientations/plannedEvents/0/name").asText()).startsWith("ASEAN Future Forum 2025");
        assertThat(json.get("revision").asText()).hasSize(64);
    }

    @Test
    @Order(3)
    void dataBriefAndEditionsSurviveARestart() throws Exception {
        String before = JSON.readTree(get("report-service", "/api/v1/briefs/2024?format=json", "*/*"))
                .get("revision").asText();
        HttpResponse<String> frozen = HTTP.send(HttpRequest.newBuilder(
                URI.create(stack.url("report-service") + "/api/v1/briefs/2024/editions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"frozenBy\": \"ASEAN Department, MOFA\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(201);
        String edition = get("report-service", "/api/v1/briefs/2024/editions/1", "text/markdown");
        stack.close();
        stack = LocalStack.start(settings);
        String after = JSON.readTree(get("report-service", "/api/v1/briefs/2024?format=json", "*/*"))
                .get("revision").asText();
        assertThat(after).isEqualTo(before);
        assertThat(get("report-service", "/api/v1/briefs/2024/editions/1", "text/markdown")).isEqualTo(edition);

        loadExamples("2024");
        Thread.sleep(2000);
        assertThat(JSON.readTree(get("registry-service", "/api/v1/contributions?year=2024", "*/*")))
                .as("reloading after a restart adds no version: same Idempotency-Key, same submissionId")
                .allSatisfy(c -> assertThat(c.get("version").asInt()).isEqualTo(1));
    }

    private static void loadExamples(String year) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder("bash", REPOSITORY.resolve("deploy/load-examples.sh").toString(),
                year).redirectErrorStream(true);
        script.environment().put("INGEST_URL", stack.url("ingest-service"));
        script.environment().put("REGISTRY_URL", stack.url("registry-service"));
        script.environment().put("REPORT_URL", stack.url("report-service"));
        Process load = script.start();
        String output = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(load.waitFor()).as(output).isZero();
    }

    private static void awaitRegistered(int year, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int registered = 0;
        while (System.nanoTime() < deadline) {
            registered = JSON.readTree(get("registry-service", "/api/v1/contributions?year=" + year, "*/*")).size();
            if (registered == expected) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(registered + " of " + expected + " contributions registered within 60 s");
    }

    private static String get(String service, String path, String accept) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** The Markdown brief cut at its "## " headings. */
    private static Map<String, String> sections(String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                if (current != null) {
                    sections.put(current, body.toString());
                }
                current = line.substring(3).trim();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        sections.put(current, body.toString());
        return sections;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return text.substring(start, end);
    }
}
