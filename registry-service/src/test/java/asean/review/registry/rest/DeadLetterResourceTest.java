package asean.review.registry.rest;

import static asean.review.registry.RegistryTest.asCoordinator;
import static asean.review.registry.RegistryTest.awaitDecided;
import static asean.review.registry.RegistryTest.awaitListedDeadLetter;
import static asean.review.registry.RegistryTest.awaitStatus;
import static asean.review.registry.RegistryTest.countRecords;
import static asean.review.registry.RegistryTest.deadLetters;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.key;
import static asean.review.registry.RegistryTest.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.contract.ContractJson;
import asean.review.contract.ContributionSubmitted;
import asean.review.contract.Topics;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import asean.review.registry.service.RegistrationService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The office's view of the dead-letter topic, and replays that register a submission exactly once. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class DeadLetterResourceTest {

    private static final String CLERK = "clerk@office";

    @Inject
    RegistrationService registration;

    @Test
    void poisonAndRuleBreakingRecordsAreListedOldestFirstWithTheirReasons() {
        ObjectNode ruleBreaking = eventFor(2024, "MAE", "SOM");
        String id = ruleBreaking.get("submissionId").asText();
        String marker = UUID.randomUUID().toString();
        send(key(ruleBreaking), "not JSON " + marker);
        send(ruleBreaking);

        awaitListedDeadLetter(letter -> id.equals(letter.path("submissionId").asText()));
        List<JsonNode> listed = new ArrayList<>();
        deadLetters().forEach(listed::add);
        JsonNode poison = listed.stream().filter(l -> l.path("payload").asText().contains(marker)).findFirst()
                .orElseThrow();
        JsonNode broken = listed.stream().filter(l -> id.equals(l.path("submissionId").asText())).findFirst()
                .orElseThrow();

        assertThat(listed.indexOf(poison)).as("oldest first").isLessThan(listed.indexOf(broken));
        assertThat(poison.get("reason").asText())
                .startsWith("the record is not a readable ContributionSubmitted event");
        assertThat(poison.get("cause").asText()).contains("Unrecognized token 'not'");
        assertThat(poison.get("submissionId").isNull()).isTrue();
        assertThat(poison.get("payload").asText()).isEqualTo("not JSON " + marker);
        assertThat(poison.get("key").asText()).isEqualTo("2024:MAE:SOM");
        assertThat(broken.get("reason").asText()).contains("'MAE' did not exist in 2024");
        assertThat(broken.get("cause").isNull()).isTrue();
        assertThat(broken.get("payload").asText()).isEqualTo(ruleBreaking.toString());
        for (JsonNode letter : List.of(poison, broken)) {
            assertThat(letter.at("/origin/topic").asText()).isEqualTo(Topics.SUBMITTED);
            assertThat(letter.get("deadLetteredAt").isTextual()).isTrue();
            assertThat(letter.get("replay").isNull()).isTrue();
        }
        assertThat(broken.at("/origin/partition").asInt()).isEqualTo(poison.at("/origin/partition").asInt());
        assertThat(broken.at("/origin/offset").asLong()).isEqualTo(poison.at("/origin/offset").asLong() + 1);
    }

    /**
     * The registry rejected the submission while its reference data lacked a ministry (the test plays that part:
     * the rules it runs with now pass), and the consumer dead-lettered it as SmallRye does. The office has fixed
     * the reference data and replays it.
     */
    @Test
    void submissionRejectedForACauseSinceFixedIsRegisteredExactlyOnceWhenReplayed() throws Exception {
        ObjectNode event = eventFor(2054, "MOH", "AHMM");
        String id = event.get("submissionId").asText();
        String reason = "the contribution breaks the rules: ministry: unknown ministry code 'MOH'";
        ContributionSubmitted submitted = ContractJson.read(event.toString());
        registration.reject(submitted.submissionId(), submitted.contribution(), submitted.submittedAt(),
                submitted.submitter(), reason);
        RecordMetadata dead = writeDeadLetter(key(event), event.toString(), reason);
        String replay = "/api/v1/dead-letters/" + dead.partition() + "/" + dead.offset() + "/replay";

        asClerk().post(replay).then().statusCode(202)
                .body("partition", equalTo(dead.partition()))
                .body("offset", equalTo((int) dead.offset()))
                .body("submissionId", equalTo(id))
                .body("replayedBy", equalTo(CLERK));
        awaitStatus(id, "REGISTERED");
        String replayedAt = asCoordinator().post(replay).then().statusCode(200)
                .body("replayedBy", equalTo(CLERK)).extract().path("replayedAt");
        assertThat(countRecords(Topics.SUBMITTED, id)).as("published by the two replays").isEqualTo(1);

        ObjectNode later = eventFor(2054, "MOH", "AHMM");
        send(event);
        send(later);
        awaitDecided(later.get("submissionId").asText());
        asCoordinator().get("/api/v1/contributions/2054/MOH/AHMM/versions").then().statusCode(200)
                .body("submissionId", equalTo(List.of(id, later.get("submissionId").asText())));
        asCoordinator().get("/api/v1/submissions/" + id).then()
                .body("status", equalTo("REGISTERED")).body("version", equalTo(1));
        asCoordinator().get("/api/v1/audit/2054/MOH/AHMM").then().statusCode(200)
                .body("action", equalTo(List.of("REJECTED", "REPLAYED", "REGISTERED", "REGISTERED")))
                .body("actor", equalTo(List.of(TestTokens.officer("MOH"), CLERK, TestTokens.officer("MOH"),
                        TestTokens.officer("MOH"))))
                .body("[1].submissionId", equalTo(id))
                .body("[1].detail", containsString("unknown ministry code 'MOH'"));
        JsonNode listed = awaitListedDeadLetter(letter -> letter.get("partition").asInt() == dead.partition()
                && letter.get("offset").asLong() == dead.offset());
        assertThat(listed.at("/replay/replayedBy").asText()).isEqualTo(CLERK);
        assertThat(listed.at("/replay/replayedAt").asText()).isEqualTo(replayedAt);
    }

    @Test
    void recordRejectedAgainWhenReplayedStaysRejectedWithoutASecondRow() {
        ObjectNode event = eventFor(2024, "MAE", "ADMM");
        String id = event.get("submissionId").asText();
        send(event);
        JsonNode first = awaitListedDeadLetter(letter -> id.equals(letter.path("submissionId").asText()));

        asClerk().post(replayPath(first)).then().statusCode(202);

        JsonNode again = awaitListedDeadLetter(letter -> id.equals(letter.path("submissionId").asText())
                && !replayPath(letter).equals(replayPath(first)));
        assertThat(again.get("replay").isNull()).isTrue();
        assertThat(again.get("reason").asText()).contains("'MAE' did not exist in 2024");
        asCoordinator().get("/api/v1/submissions/" + id).then()
                .body("status", equalTo("REJECTED")).body("reason", containsString("'MAE' did not exist in 2024"));
        asCoordinator().get("/api/v1/audit/2024/MAE/ADMM").then().statusCode(200)
                .body("action", equalTo(List.of("REJECTED", "REPLAYED")))
                .body("actor", equalTo(List.of(TestTokens.officer("MAE"), CLERK)));
        asCoordinator().get("/api/v1/contributions?year=2024&ministry=MAE").then().body("size()", equalTo(0));
    }

    @Test
    void replayOfAnUnknownDeadLetterIsNotFoundSayingWhatIsMissing() {
        expectNotFound(asCoordinator().post("/api/v1/dead-letters/0/999999999/replay").then(), 0, 999999999);
        expectNotFound(asCoordinator().post("/api/v1/dead-letters/97/0/replay").then(), 97, 0);
    }

    private static void expectNotFound(ValidatableResponse response, int partition, long offset) {
        response.statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no record at partition " + partition + ", offset " + offset))
                .body("detail", containsString("GET /api/v1/dead-letters"));
    }

    private static String replayPath(JsonNode letter) {
        return "/api/v1/dead-letters/" + letter.get("partition").asInt() + "/" + letter.get("offset").asLong()
                + "/replay";
    }

    private static RequestSpecification asClerk() {
        return given().auth().oauth2(TestTokens.coordinator(CLERK));
    }

    /** Writes a record to the dead-letter topic with the headers SmallRye's dead-letter queue writes. */
    private static RecordMetadata writeDeadLetter(String key, String value, String reason)
            throws InterruptedException, ExecutionException {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.SUBMITTED_DLQ, key, value);
            header(record, "dead-letter-exception-class-name",
                    "asean.review.registry.messaging.UnprocessableSubmissionException");
            header(record, "dead-letter-reason", reason);
            header(record, "dead-letter-topic", Topics.SUBMITTED);
            header(record, "dead-letter-partition", "0");
            header(record, "dead-letter-offset", "0");
            return producer.send(record).get();
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
