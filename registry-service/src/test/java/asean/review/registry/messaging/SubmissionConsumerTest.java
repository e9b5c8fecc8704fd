package asean.review.registry.messaging;

import static asean.review.registry.RegistryTest.asCoordinator;
import static asean.review.registry.RegistryTest.awaitDeadLetter;
import static asean.review.registry.RegistryTest.awaitDecided;
import static asean.review.registry.RegistryTest.contribution;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.exampleEvent;
import static asean.review.registry.RegistryTest.onBehalfExampleEvent;
import static asean.review.registry.RegistryTest.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.contract.Topics;
import asean.review.infra.KafkaTopics;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.registry.RegistryTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class SubmissionConsumerTest {

    @Test
    void contractExampleIsRegisteredWithEveryFieldIntact() throws Exception {
        ObjectNode event = eventFor(2040, "MOIT", "PARTNER:EU");
        String id = event.get("submissionId").asText();
        send(event);

        assertThat(awaitDecided(id)).isEqualTo("REGISTERED");
        String body = asCoordinator().get("/api/v1/contributions?year=2040&ministry=MOIT").then().statusCode(200)
                .extract().asString();
        JsonNode registered = RegistryTest.JSON.readTree(body).get(0);
        assertThat(registered.get("contribution")).isEqualTo(contribution(event));
        assertThat(registered.get("version").asInt()).isEqualTo(1);
        assertThat(registered.get("submissionId").asText()).isEqualTo(id);
        assertThat(registered.get("submittedAt").asText()).isEqualTo(event.get("submittedAt").asText());
        assertThat(registered.get("submittedBy").asText()).isEqualTo("officer@moit");
        assertThat(registered.at("/review/state").asText()).isEqualTo("PENDING_REVIEW");
        asCoordinator().get("/api/v1/audit/2040/MOIT/PARTNER:EU")
                .then().statusCode(200)
                .body("action", equalTo(List.of("REGISTERED")))
                .body("[0].actor", equalTo("officer@moit"))
                .body("[0].submissionId", equalTo(id));
    }

    /**
     * The contract's on-behalf example: the office's user is stored as who entered it, with the mark, and the audit
     * trail says the office entered it for the ministry; the ministry's own version beside it carries neither.
     */
    @Test
    void aVersionTheOfficeEnteredOnBehalfReadsBackWithTheMarkAndAnOrdinaryOneWithout() throws Exception {
        ObjectNode onBehalf = onBehalfExampleEvent();
        contribution(onBehalf).put("year", 2064);
        ObjectNode own = eventFor(2064, "MOH", "ASED");
        send(onBehalf);
        send(own);
        assertThat(awaitDecided(onBehalf.get("submissionId").asText())).isEqualTo("REGISTERED");
        assertThat(awaitDecided(own.get("submissionId").asText())).isEqualTo("REGISTERED");

        JsonNode versions = RegistryTest.JSON.readTree(asCoordinator().get("/api/v1/contributions?year=2064")
                .then().statusCode(200).extract().asString());
        assertThat(versions).hasSize(2);
        JsonNode entered = versions.findParents("submissionId").stream()
                .filter(v -> v.get("submissionId").asText().equals(onBehalf.get("submissionId").asText()))
                .findFirst().orElseThrow();
        JsonNode ordinary = versions.findParents("submissionId").stream()
                .filter(v -> v.get("submissionId").asText().equals(own.get("submissionId").asText()))
                .findFirst().orElseThrow();
        assertThat(entered.get("submittedBy").asText()).isEqualTo("coordinator@office");
        assertThat(entered.get("onBehalf").asBoolean()).isTrue();
        assertThat(entered.get("contribution")).isEqualTo(contribution(onBehalf));
        assertThat(ordinary.get("submittedBy").asText()).isEqualTo("officer@moh");
        assertThat(ordinary.get("onBehalf").isBoolean()).isTrue();
        assertThat(ordinary.get("onBehalf").asBoolean()).isFalse();
        RegistryTest.asSubmitter("MOH").get("/api/v1/contributions/2064/MOH/AHMM/versions")
                .then().statusCode(200).body("onBehalf", equalTo(List.of(true)));

        asCoordinator().get("/api/v1/audit/2064/MOH/AHMM").then().statusCode(200)
                .body("action", equalTo(List.of("REGISTERED")))
                .body("[0].actor", equalTo("coordinator@office"))
                .body("[0].detail", equalTo("entered by the office for MOH"));
        asCoordinator().get("/api/v1/audit/2064/MOH/ASED").then().statusCode(200)
                .body("action", equalTo(List.of("REGISTERED")))
                .body("[0].actor", equalTo("officer@moh"))
                .body("[0].detail", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void schemaOneEventAcceptedBeforeSubmittersWereKnownIsRegisteredNotLost() {
        ObjectNode event = eventFor(2052, "MOIT", "AEM").put("schemaVersion", 1);
        event.remove("submitter");
        send(event);

        assertThat(awaitDecided(event.get("submissionId").asText())).isEqualTo("REGISTERED");
        asCoordinator().get("/api/v1/contributions/2052/MOIT/AEM/versions")
                .then().body("submittedBy", equalTo(List.of("(unknown submitter)")));
    }

    @Test
    void eventWithoutSubmitterOrForAnotherMinistryIsRejected() {
        ObjectNode anonymous = eventFor(2046, "MOF", "CUSTOMS");
        anonymous.remove("submitter");
        ObjectNode impostor = eventFor(2046, "MOF", "CUSTOMS");
        impostor.putObject("submitter").put("name", "officer@moit").put("ministry", "MOIT");
        send(anonymous);
        send(impostor);

        assertThat(awaitDecided(anonymous.get("submissionId").asText())).isEqualTo("REJECTED");
        assertThat(awaitDecided(impostor.get("submissionId").asText())).isEqualTo("REJECTED");
        asCoordinator().get("/api/v1/submissions/" + impostor.get("submissionId").asText())
                .then().body("reason", containsString("speaks for MOIT, not for MOF"));
        asCoordinator().get("/api/v1/contributions?year=2046").then().statusCode(200).body("size()", equalTo(0));
        asCoordinator().get("/api/v1/audit/2046")
                .then().statusCode(200)
                .body("action", equalTo(List.of("REJECTED", "REJECTED")))
                .body("actor", equalTo(List.of("(unknown submitter)", "officer@moit")));
    }

    @Test
    void amendmentIsANewVersionAndOlderVersionsStayReadable() {
        ObjectNode first = eventFor(2041, "MOF", "CUSTOMS");
        ObjectNode second = eventFor(2041, "MOF", "CUSTOMS");
        contribution(second).put("summary", "Amended: chaired ASEAN Customs");
        send(first);
        send(second);
        awaitDecided(second.get("submissionId").asText());

        asCoordinator().get("/api/v1/submissions/" + second.get("submissionId").asText())
                .then().body("status", equalTo("REGISTERED")).body("version", equalTo(2));
        asCoordinator().get("/api/v1/contributions?year=2041")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].version", equalTo(2))
                .body("[0].contribution.summary", equalTo("Amended: chaired ASEAN Customs"));
        asCoordinator().get("/api/v1/contributions/2041/MOF/CUSTOMS/versions")
                .then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)))
                .body("[0].contribution.summary", containsString("ASEAN-EU"));
    }

    @Test
    void redeliveredRecordIsStoredOnce() {
        ObjectNode event = eventFor(2042, "MOIT", "AEM");
        ObjectNode later = eventFor(2042, "MOIT", "AEM");
        send(event);
        send(event);
        send(later);
        // Same key, same partition: once the later record is decided, both copies have been consumed.
        awaitDecided(later.get("submissionId").asText());

        asCoordinator().get("/api/v1/contributions/2042/MOIT/AEM/versions")
                .then().statusCode(200)
                .body("submissionId", equalTo(List.of(event.get("submissionId").asText(),
                        later.get("submissionId").asText())));
    }

    @Test
    void recordBreakingARuleIsRejectedWithItsReasonAndDeadLettered() {
        ObjectNode event = eventFor(2024, "MAE", "AEM");
        String id = event.get("submissionId").asText();
        send(event);

        assertThat(awaitDecided(id)).isEqualTo("REJECTED");
        asCoordinator().get("/api/v1/submissions/" + id)
                .then().body("reason", containsString("'MAE' did not exist in 2024"));
        ConsumerRecord<String, String> dead = awaitDeadLetter(id);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("'MAE' did not exist in 2024");
    }

    @Test
    void unreadableRecordIsDeadLetteredAndDoesNotBlockThePartition() {
        ObjectNode good = eventFor(2043, "MOH", "AHMM");
        String key = RegistryTest.key(good);
        ObjectNode unknownField = exampleEvent().put("surprise", 1);
        send(key, "this is not JSON " + good.get("submissionId").asText());
        send(key, unknownField.toString());
        send(good);

        assertThat(awaitDecided(good.get("submissionId").asText())).isEqualTo("REGISTERED");
        assertThat(awaitDecided(unknownField.get("submissionId").asText())).isEqualTo("REJECTED");
        asCoordinator().get("/api/v1/submissions/" + unknownField.get("submissionId").asText())
                .then().body("reason", containsString("surprise"));
        assertThat(awaitDeadLetter(good.get("submissionId").asText()).value()).startsWith("this is not JSON");
    }

    @Test
    void databaseOutageDelaysRegistrationAndLosesNothing() {
        ObjectNode event = eventFor(2045, "MOF", "CUSTOMS");
        String id = event.get("submissionId").asText();
        PostgresTestResource.outage(() -> {
            send(event);
            sleepQuietly(3_000);
        });

        assertThat(awaitDecided(id)).isEqualTo("REGISTERED");
        assertThat(KafkaTopics.readAll(KafkaTestResource.kafka().bootstrapServers(), Topics.SUBMITTED_DLQ))
                .noneMatch(r -> r.value() != null && r.value().contains(id));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void unknownSubmissionIsPending() {
        asCoordinator().get("/api/v1/submissions/0b9f8c4e-1d2a-4c3b-9e8f-7a6b5c4d3e2f")
                .then().statusCode(200).body("status", equalTo("PENDING"));
    }
}
