package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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


/**
 * The whole system as the README runs it: real PostgreSQL and Kafka, the three packaged services, the
 * 2024 seed article's data loaded over HTTP by deploy/load-examples.sh (as each ministry, then accepted
 * by the office), the brief read back, and the review loop between the office and a ministry.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static StackClient client;

    @BeforeAll
    static void startStack() {
        client = StackClient.start("full-stack");
    }

    @AfterAll
    static void stopStack() {
        client.close();
    }

    @Test
    @Order(1)
    void seedArticle2024GoesInOverHttpAndComesOutInTheRightSections() throws Exception {
        client.loadExamples("2024");
        assertThat(JSON.readTree(client.office("GET", "registry-service", "/api/v1/contributions?year=2024&accepted=true",
                null).body())).as("every example registered and accepted").hasSize(12);

        Map<String, String> sections = sections(client.brief(""));

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
        String html = client.brief("?format=html");
        assertThat(html).contains("<h2>3. Leadership roles</h2>", "<td>ASEAN Sustainable Finance Task Force</td>",
                "Đà Nẵng");
        JsonNode json = JSON.readTree(client.brief("?format=json"));
        assertThat(json.at("/orientations/plannedEvents/0/name").asText()).startsWith("ASEAN Future Forum 2025");
        assertThat(json.get("revision").asText()).hasSize(64);
    }

    @Test
    @Order(3)
    void dataBriefAndEditionsSurviveARestart() throws Exception {
        String before = JSON.readTree(client.brief("?format=json"))
                .get("revision").asText();
        HttpResponse<String> frozen = client.office("POST", "report-service", "/api/v1/briefs/2024/editions", null);
        assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(201);
        assertThat(JSON.readTree(frozen.body()).get("frozenBy").asText()).isEqualTo("coordinator@office");
        String edition = client.office("GET", "report-service", "/api/v1/briefs/2024/editions/1", null).body();
        client.restart();
        String after = JSON.readTree(client.brief("?format=json"))
                .get("revision").asText();
        assertThat(after).isEqualTo(before);
        assertThat(client.office("GET", "report-service", "/api/v1/briefs/2024/editions/1", null).body()).isEqualTo(edition);

        client.loadExamples("2024");
        assertThat(JSON.readTree(client.office("GET", "registry-service", "/api/v1/contributions?year=2024", null).body()))
                .as("reloading after a restart adds no version: same Idempotency-Key, same submissionId")
                .allSatisfy(c -> assertThat(c.get("version").asInt()).isEqualTo(1));
    }

    @Test
    @Order(4)
    void officeReturnsAContributionWithAMessageAndAcceptsTheAmendment() throws Exception {
        String draft = """
                {"year": 2024, "ministry": "MOET", "pillar": "ASCC", "area": "ASED",
                 "summary": "MOET attended the ASEAN Education Ministers' Meeting."}""";
        HttpResponse<String> submitted = client.ministry("MOET", "POST", "ingest-service", "/api/v1/contributions", draft);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String status = "/api/v1/submissions/" + JSON.readTree(submitted.body()).get("submissionId").asText();
        client.awaitStatus(status, FullStackTest::pendingReview);
        assertThat(client.brief("")).doesNotContain("attended the ASEAN Education Ministers")
                .contains("| Ministry of Education and Training (MOET) | ASED | v1 | Pending review |");

        HttpResponse<String> returned = client.office("POST", "registry-service",
                "/api/v1/contributions/2024/MOET/ASED/versions/1/review",
                "{\"decision\": \"RETURN\", \"message\": \"Say what Viet Nam proposed at ASED\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);

        JsonNode seen = JSON.readTree(client.ministry("MOET", "GET", "registry-service", status, null).body());
        assertThat(seen.at("/review/state").asText()).isEqualTo("RETURNED");
        assertThat(seen.at("/review/message").asText()).isEqualTo("Say what Viet Nam proposed at ASED");
        assertThat(client.brief("")).contains("| Ministry of Education and Training (MOET) | ASED | v1 | Returned to the ministry |");

        String amended = draft.replace("attended the ASEAN Education Ministers' Meeting.",
                "proposed the ASEAN digital learning initiative at ASED.");
        HttpResponse<String> again = client.ministry("MOET", "POST", "ingest-service", "/api/v1/contributions", amended);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        String amendedStatus = "/api/v1/submissions/" + JSON.readTree(again.body()).get("submissionId").asText();
        assertThat(client.awaitStatus(amendedStatus, FullStackTest::pendingReview).get("version").asInt()).isEqualTo(2);
        HttpResponse<String> accepted = client.office("POST", "registry-service",
                "/api/v1/contributions/2024/MOET/ASED/versions/2/review", "{\"decision\": \"ACCEPT\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        Map<String, String> sections = sections(client.brief(""));
        assertThat(between(sections.get("2. Participation by pillar"), "### Socio-Cultural", "### External"))
                .contains("(MOET):** MOET proposed the ASEAN digital learning initiative at ASED.")
                .doesNotContain("attended the ASEAN Education Ministers");
        assertThat(sections.get("8. Annex: submission status"))
                .contains("| Ministry of Education and Training (MOET) | yes | Late | ASED v2 (amended)")
                .doesNotContain("| ASED | v");
        JsonNode audit = JSON.readTree(client.office("GET", "registry-service", "/api/v1/audit/2024/MOET/ASED", null)
                .body());
        assertThat(audit.findValuesAsText("action")).containsExactly("REGISTERED", "RETURNED", "REGISTERED", "ACCEPTED");
        assertThat(audit.findValuesAsText("actor")).containsExactly("officer@moet", "coordinator@office",
                "officer@moet", "coordinator@office");
    }

    private static boolean pendingReview(JsonNode status) {
        return "PENDING_REVIEW".equals(status.at("/review/state").asText());
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
