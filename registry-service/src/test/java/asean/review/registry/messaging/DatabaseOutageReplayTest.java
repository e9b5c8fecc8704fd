package asean.review.registry.messaging;

import static asean.review.registry.RegistryTest.asCoordinator;
import static asean.review.registry.RegistryTest.awaitDeadLetter;
import static asean.review.registry.RegistryTest.awaitListedDeadLetter;
import static asean.review.registry.RegistryTest.awaitStatus;
import static asean.review.registry.RegistryTest.countRecords;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.contract.Topics;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A database outage longer than the consumer's retries dead-letters a valid record, as SmallRye does; once
 * the database is back, the office replays it and it is registered exactly once. The retries are cut to none
 * here, so that the outage outlasts them in a second instead of three minutes.
 */
@QuarkusTest
@TestProfile(DatabaseOutageReplayTest.NoRetries.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class DatabaseOutageReplayTest {

    private static final String CLERK = "clerk@office";

    public static class NoRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.fault-tolerance.\"" + SubmissionStore.class.getName()
                    + "/store\".retry.max-retries", "0");
        }
    }

    @Test
    void recordDeadLetteredWhileTheDatabaseWasDownIsRegisteredOnceWhenReplayed() {
        ObjectNode event = eventFor(2055, "MOF", "CUSTOMS");
        String id = event.get("submissionId").asText();
        PostgresTestResource.outage(() -> {
            send(event);
            awaitDeadLetter(id);
        });

        JsonNode letter = awaitListedDeadLetter(l -> id.equals(l.path("submissionId").asText()));
        assertThat(letter.get("reason").asText()).contains("Unable to acquire JDBC Connection");
        assertThat(letter.at("/origin/topic").asText()).isEqualTo(Topics.SUBMITTED);
        assertThat(letter.get("replay").isNull()).isTrue();
        asCoordinator().get("/api/v1/submissions/" + id).then().body("status", equalTo("PENDING"));

        String replay = "/api/v1/dead-letters/" + letter.get("partition").asInt() + "/"
                + letter.get("offset").asLong() + "/replay";
        given().auth().oauth2(TestTokens.coordinator(CLERK)).post(replay).then().statusCode(202)
                .body("submissionId", equalTo(id)).body("replayedBy", equalTo(CLERK));
        awaitStatus(id, "REGISTERED");
        asCoordinator().post(replay).then().statusCode(200).body("replayedBy", equalTo(CLERK));

        assertThat(countRecords(Topics.SUBMITTED, id)).as("the original and one replay").isEqualTo(2);
        asCoordinator().get("/api/v1/contributions/2055/MOF/CUSTOMS/versions").then().statusCode(200)
                .body("submissionId", equalTo(List.of(id)));
        asCoordinator().get("/api/v1/audit/2055/MOF/CUSTOMS").then().statusCode(200)
                .body("action", equalTo(List.of("REPLAYED", "REGISTERED")))
                .body("actor", equalTo(List.of(CLERK, TestTokens.officer("MOF"))));
        assertThat(awaitListedDeadLetter(l -> id.equals(l.path("submissionId").asText())).at("/replay/replayedBy")
                .asText()).isEqualTo(CLERK);
    }
}
