package asean.review.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.infra.KafkaTopics;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The 202 waits for the broker's acknowledgement, not merely for the record to be handed to the producer: a
 * running, reachable broker that refuses the record (a topic whose {@code max.message.bytes} is smaller than any
 * submission) gets the submitter a 503 at once. A publisher that does not wait for the ack (fire-and-forget)
 * answers 202 here. (A topic wanting more in-sync replicas than it has cannot serve: Kafka caps
 * {@code min.insync.replicas} at the replication factor, so one broker acknowledges anyway.)
 */
@QuarkusTest
@TestProfile(UnacknowledgedPublishTest.RefusingTopic.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class UnacknowledgedPublishTest {

    static final String TOPIC = "contributions.refused";

    public static class RefusingTopic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.contributions-submitted.topic", TOPIC);
        }
    }

    @BeforeAll
    static void topicThatRefusesEverySubmission() throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.kafka().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "64")))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + TOPIC, e.getCause());
            }
        }
    }

    @Test
    void submissionTheBrokerDoesNotAcknowledgeIsA503NotA202() {
        String marker = UUID.randomUUID().toString();
        ObjectNode body = Fixtures.contribution();
        body.put("summary", body.get("summary").asText() + " " + marker);

        given().auth().oauth2(TestTokens.submitter("MOF")).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/contributions")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", ProblemMapper.RETRY_AFTER_SECONDS)
                .body("detail", containsString("nothing was accepted"));

        assertThat(KafkaTopics.readAll(KafkaTestResource.kafka().bootstrapServers(), TOPIC))
                .noneMatch(r -> r.value() != null && r.value().contains(marker));
    }
}
