package asean.review.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.contract.Topics;
import asean.review.infra.KafkaTopics;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class ContributionResourceTest {

    @Inject
    DataSource database;

    private static RequestSpecification asMof() {
        return given().auth().oauth2(TestTokens.submitter("MOF"));
    }

    private static List<ConsumerRecord<String, String>> published() {
        return KafkaTopics.readAll(KafkaTestResource.kafka().bootstrapServers(), Topics.SUBMITTED);
    }

    private static List<ConsumerRecord<String, String>> publishedWith(String marker) {
        return published().stream().filter(r -> r.value().contains(marker)).toList();
    }

    private static ObjectNode contributionMarked(String marker) {
        ObjectNode body = Fixtures.contribution();
        body.put("summary", body.get("summary").asText() + " " + marker);
        return body;
    }

    @Test
    void validContributionIsAcceptedAndItsRecordIsKeyedAndCarriesTheSubmitter() throws IOException {
        String marker = UUID.randomUUID().toString();
        String submissionId = asMof().contentType(ContentType.JSON).body(contributionMarked(marker).toString())
                .when().post("/api/v1/contributions")
                .then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("statusUrl", startsWith("http://127.0.0.1:8082/api/v1/submissions/"))
                .header("Location", containsString("/api/v1/submissions/"))
                .extract().path("submissionId");

        List<ConsumerRecord<String, String>> records = publishedWith(marker);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo("2024:MOF:CUSTOMS");
        JsonNode event = Fixtures.JSON.readTree(record.value());
        assertThat(event.get("submissionId").asText()).isEqualTo(submissionId);
        assertThat(event.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(event.at("/submitter/name").asText()).isEqualTo(TestTokens.officer("MOF"));
        assertThat(event.at("/submitter/ministry").asText()).isEqualTo("MOF");
        assertThat(event.at("/contribution/summary").asText()).contains("Đỗ Hùng Việt", "Hà Nội", "Đà Nẵng");
    }

    @Test
    void theOfficeSubmitsForAnyMinistryAndTheEventSaysItEnteredItOnThatMinistrysBehalf() throws IOException {
        for (String ministry : List.of("MOF", "MOH")) {
            String marker = UUID.randomUUID().toString();
            given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                    .body(contributionMarked(marker).put("ministry", ministry).toString())
                    .post("/api/v1/contributions").then().statusCode(202).body("status", equalTo("PENDING"));

            ConsumerRecord<String, String> record = publishedWith(marker).get(0);
            assertThat(record.key()).isEqualTo("2024:" + ministry + ":CUSTOMS");
            JsonNode submitter = Fixtures.JSON.readTree(record.value()).get("submitter");
            assertThat(submitter.get("name").asText()).isEqualTo("coordinator@office");
            assertThat(submitter.get("ministry").asText()).isEqualTo(ministry);
            assertThat(submitter.path("onBehalf").asBoolean()).as(submitter.toString()).isTrue();
        }
    }

    @Test
    void aMinistrysOwnSubmissionIsNotMarkedOnBehalf() throws IOException {
        String marker = UUID.randomUUID().toString();
        asMof().contentType(ContentType.JSON).body(contributionMarked(marker).toString())
                .post("/api/v1/contributions").then().statusCode(202);
        JsonNode submitter = Fixtures.JSON.readTree(publishedWith(marker).get(0).value()).get("submitter");
        assertThat(submitter.has("onBehalf")).as(submitter.toString()).isFalse();
    }

    @Test
    void theOfficeOnBehalfOfAMinistryIsHeldToEveryRule() {
        String marker = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(contributionMarked(marker).put("ministry", "MAE").toString())
                .post("/api/v1/contributions")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("ministry")))
                .body("errors[0].message", containsString("'MAE' did not exist in 2024"));
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(contributionMarked(marker).put("ministry", "NOWHERE").put("summary", "").toString())
                .post("/api/v1/contributions")
                .then().statusCode(400)
                .body("errors.field", hasItems("ministry", "summary"));
        assertThat(publishedWith(marker)).isEmpty();
    }

    /** The office's Idempotency-Keys for a ministry are not the ministry's: the same key is two submissions. */
    @Test
    void theSameIdempotencyKeyFromTheMinistryAndFromTheOfficeOnItsBehalfAreTwoSubmissions() {
        String marker = UUID.randomUUID().toString();
        String body = contributionMarked(marker).toString();
        String key = "letter-" + marker;
        String own = asMof().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/contributions").then().statusCode(202).extract().path("submissionId");
        String office = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .post("/api/v1/contributions").then().statusCode(202).extract().path("submissionId");

        assertThat(office).isNotEqualTo(own);
        assertThat(publishedWith(marker)).hasSize(2);
    }

    @Test
    void publishedRecordHasExactlyTheFieldsOfTheContractExample() throws IOException {
        assertThat(fieldPaths(publishedWithEveryField(TestTokens.submitter("MOF")), ""))
                .isEqualTo(fieldPaths(example("/contract/contribution-submitted.example.json"), ""));
    }

    @Test
    void publishedRecordOfTheOfficeHasExactlyTheFieldsOfTheContractsOnBehalfExample() throws IOException {
        assertThat(fieldPaths(publishedWithEveryField(TestTokens.coordinator()), ""))
                .isEqualTo(fieldPaths(example("/contract/contribution-submitted-on-behalf.example.json"), ""));
    }

    private JsonNode example(String path) throws IOException {
        try (var in = getClass().getResourceAsStream(path)) {
            return Fixtures.JSON.readTree(in);
        }
    }

    /** Submits, as {@code token}, MOF's contribution with every optional field, and reads the event back. */
    private static JsonNode publishedWithEveryField(String token) throws IOException {
        String marker = UUID.randomUUID().toString();
        ObjectNode body = contributionMarked(marker);
        body.put("area", "PARTNER:EU").put("areaName", "ASEAN-EU economic relations");
        body.withArray("roles").addObject().put("mechanism", "ASEAN-EU").put("role", "COUNTRY_COORDINATOR")
                .put("partner", "EU").put("term", "2021-2024");
        body.withArray("difficulties").add("d");
        body.withArray("recommendations").add("r");
        ((ObjectNode) body.withArray("initiatives").get(0)).put("description", "d");
        body.withObject("nextYear").withArray("plannedEvents").addObject().put("name", "ASEAN Future Forum 2025")
                .put("date", "2025-02").put("city", "Hà Nội").put("level", "OTHER");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body.toString()).post("/api/v1/contributions")
                .then().statusCode(202);
        return Fixtures.JSON.readTree(publishedWith(marker).get(0).value());
    }

    private static TreeSet<String> fieldPaths(JsonNode node, String prefix) {
        TreeSet<String> paths = new TreeSet<>();
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                paths.add(prefix + "/" + name);
                paths.addAll(fieldPaths(node.get(name), prefix + "/" + name));
            }
        } else if (node.isArray()) {
            node.forEach(element -> paths.addAll(fieldPaths(element, prefix + "[]")));
        }
        return paths;
    }

    @Test
    void invalidContributionNamesEveryFailingFieldAndReachesNoKafka() {
        String marker = UUID.randomUUID().toString();
        ObjectNode body = contributionMarked(marker);
        body.put("year", 1999).put("pillar", "SPACE").put("ministry", "XYZ").put("area", "NOPE");
        ((ObjectNode) body.withArray("roles").get(0)).put("role", "EMPEROR");
        ((ObjectNode) body.withArray("eventsHosted").get(0)).put("date", "2024-02-30");

        given().auth().oauth2(TestTokens.submitter("XYZ")).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/contributions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid contribution"))
                .body("errors.field", hasItems("year", "pillar", "ministry", "area", "roles[0].role",
                        "eventsHosted[0].date"))
                .body("errors.find { it.field == 'ministry' }.message",
                        containsString("http://127.0.0.1:8082/api/v1/reference/ministries?year=1999"))
                .body("errors.find { it.field == 'area' }.message", containsString("http://127.0.0.1:8082/api/v1/reference/areas"));

        assertThat(publishedWith(marker)).isEmpty();
    }

    @Test
    void yearsFrom2000To2100AreAccepted() {
        for (int year : new int[] {2000, 2100}) {
            asMof().contentType(ContentType.JSON).body(Fixtures.contribution().put("year", year).toString())
                    .when().post("/api/v1/contributions")
                    .then().statusCode(202);
        }
    }

    @Test
    void yearOutside2000To2100IsRefusedNamingTheYearAndReachesNoKafka() {
        for (int year : new int[] {1999, 2101}) {
            String marker = UUID.randomUUID().toString();
            asMof().contentType(ContentType.JSON).body(contributionMarked(marker).put("year", year).toString())
                    .when().post("/api/v1/contributions")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("year")));
            assertThat(publishedWith(marker)).as("published for year " + year).isEmpty();
        }
    }

    @Test
    void ministryOfTheWrongPeriodIsRefused() {
        ObjectNode body = Fixtures.contribution().put("ministry", "MAE");
        given().auth().oauth2(TestTokens.submitter("MAE")).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/contributions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("ministry"))
                .body("errors[0].message", containsString("'MAE' did not exist in 2024"));
    }

    @Test
    void otherAreaWithoutNameIsRefused() {
        ObjectNode body = Fixtures.contribution().put("area", "OTHER");
        asMof().contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/contributions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("areaName"));
    }

    @Test
    void malformedJsonIsAClearBadRequest() {
        asMof().contentType(ContentType.JSON).body("{\"year\": 2024, \"ministry\": ")
                .when().post("/api/v1/contributions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not well-formed JSON"));
    }

    @Test
    void wrongTypeNamesTheField() {
        ObjectNode body = Fixtures.contribution();
        body.put("outcomes", "not a list");
        asMof().contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/contributions")
                .then().statusCode(400)
                .body("detail", containsString("'outcomes'"));
    }

    @Test
    void unknownFieldIsNamed() {
        ObjectNode body = Fixtures.contribution().put("event", "typo of eventsHosted");
        asMof().contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/contributions")
                .then().statusCode(400)
                .body("detail", containsString("unknown field 'event'"));
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        asMof().contentType(ContentType.TEXT).body("year=2024")
                .when().post("/api/v1/contributions")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("application/json"));
    }

    @Test
    void bodyOverTheLimitIsTooLargeAndSaysTheLimit() {
        ObjectNode body = Fixtures.contribution().put("summary", "x".repeat(300 * 1024));
        asMof().contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/contributions")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("title", equalTo("Content Too Large"))
                .body("detail", equalTo("the body is larger than the 256 KiB this service accepts"));
    }

    @Test
    void retryWithTheSameIdempotencyKeyGetsTheFirstAnswerUnderTheSameSubmissionId() {
        String marker = UUID.randomUUID().toString();
        String body = contributionMarked(marker).toString();
        String key = "retry-" + marker;
        String first = asMof().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/contributions").then().statusCode(202).extract().path("submissionId");
        String second = asMof().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/contributions").then().statusCode(202).extract().path("submissionId");

        assertThat(second).isEqualTo(first);
        // A retry is published again (the first attempt may never have reached Kafka), under the same
        // submissionId, which the registry stores once.
        assertThat(publishedWith(marker)).hasSize(2)
                .allSatisfy(record -> assertThat(record.value()).contains("\"submissionId\":\"" + first + "\""));
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsUnprocessable() {
        String marker = UUID.randomUUID().toString();
        String key = "conflict-" + marker;
        asMof().contentType(ContentType.JSON).header("Idempotency-Key", key).body(contributionMarked(marker).toString())
                .post("/api/v1/contributions").then().statusCode(202);
        asMof().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(contributionMarked(marker + " changed").toString())
                .post("/api/v1/contributions")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString(key));

        assertThat(publishedWith(marker)).hasSize(1);
    }

    /**
     * The keys live in PostgreSQL, not in one instance's memory: a key first used on another instance, or
     * before a restart (here: its row, written as that instance wrote it), binds this instance too.
     */
    @Test
    void keyFirstUsedOnAnotherInstanceOrBeforeARestartBindsThisOne() throws SQLException {
        String marker = UUID.randomUUID().toString();
        String key = "elsewhere-" + marker;
        String earlierAnswer = asMof().contentType(ContentType.JSON).header("Idempotency-Key", key + "-probe")
                .body(contributionMarked(marker).toString())
                .post("/api/v1/contributions").then().statusCode(202).extract().path("submissionId");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE idempotency_key SET scoped_key = 'MOF:" + key + "' WHERE scoped_key = 'MOF:"
                    + key + "-probe'");
        }

        asMof().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(contributionMarked(marker + " changed").toString())
                .post("/api/v1/contributions")
                .then().statusCode(422);
        String retried = asMof().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(contributionMarked(marker).toString())
                .post("/api/v1/contributions").then().statusCode(202).extract().path("submissionId");
        assertThat(retried).as("derived from the key, the same on every instance")
                .isEqualTo(UUID.nameUUIDFromBytes(("MOF:" + key).getBytes(StandardCharsets.UTF_8)).toString())
                .isNotEqualTo(earlierAnswer);
    }
}
