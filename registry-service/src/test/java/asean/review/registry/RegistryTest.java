package asean.review.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.contract.Topics;
import asean.review.infra.KafkaTopics;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What the registry's tests share: events built from the contract's example, sent to real Kafka. */
public final class RegistryTest {

    public static final ObjectMapper JSON = new ObjectMapper();

    private RegistryTest() {
    }

    /** The contract's example event with a fresh submissionId. */
    public static ObjectNode exampleEvent() {
        return example("/contract/contribution-submitted.example.json");
    }

    /** The contract's example of an event the office entered on a ministry's behalf, with a fresh submissionId. */
    public static ObjectNode onBehalfExampleEvent() {
        return example("/contract/contribution-submitted-on-behalf.example.json");
    }

    private static ObjectNode example(String path) {
        try (InputStream in = RegistryTest.class.getResourceAsStream(path)) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            event.put("submissionId", UUID.randomUUID().toString());
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode contribution(ObjectNode event) {
        return (ObjectNode) event.get("contribution");
    }

    public static String key(ObjectNode event) {
        ObjectNode c = contribution(event);
        return c.get("year").asInt() + ":" + c.get("ministry").asText() + ":" + c.get("area").asText();
    }

    /** Sends the event keyed as ingest keys it; returns where Kafka wrote it. */
    public static RecordMetadata send(ObjectNode event) {
        return send(key(event), event.toString());
    }

    public static RecordMetadata send(String key, String value) {
        return KafkaTopics.send(KafkaTestResource.kafka().bootstrapServers(), Topics.SUBMITTED, key, value);
    }

    /** Waits until the registry has decided on the submission, and returns its status. */
    public static String awaitDecided(String submissionId) {
        String[] status = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            status[0] = asCoordinator().get("/api/v1/submissions/" + submissionId).then().statusCode(200)
                    .extract().path("status");
            return !"PENDING".equals(status[0]);
        });
        return status[0];
    }

    /** Waits until the submission's status is {@code status} (a replayed one may have been decided otherwise first). */
    public static void awaitStatus(String submissionId, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> status.equals(
                asCoordinator().get("/api/v1/submissions/" + submissionId).then().statusCode(200)
                        .extract().path("status")));
    }

    /** Waits until the dead-letter topic holds a record whose value contains {@code marker}, read from Kafka itself. */
    public static ConsumerRecord<String, String> awaitDeadLetter(String marker) {
        ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found[0] = KafkaTopics.readAll(KafkaTestResource.kafka().bootstrapServers(), Topics.SUBMITTED_DLQ)
                    .stream().filter(r -> r.value() != null && r.value().contains(marker)).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** The records of {@code topic} whose value contains {@code marker}. */
    public static long countRecords(String topic, String marker) {
        return KafkaTopics.readAll(KafkaTestResource.kafka().bootstrapServers(), topic).stream()
                .filter(r -> r.value() != null && r.value().contains(marker))
                .count();
    }

    /** The office's list of dead letters, as served by the API. */
    public static JsonNode deadLetters() {
        try {
            String body = asCoordinator().get("/api/v1/dead-letters").then().statusCode(200).extract().asString();
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the office's list shows a dead letter that matches, and returns it. */
    public static JsonNode awaitListedDeadLetter(Predicate<JsonNode> matching) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode letter : deadLetters()) {
                if (matching.test(letter)) {
                    found[0] = letter;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The example event moved to another identity, submitted by its ministry; tests use their own years. */
    public static ObjectNode eventFor(int year, String ministry, String area) {
        ObjectNode event = exampleEvent();
        contribution(event).put("year", year).put("ministry", ministry).put("area", area);
        event.putObject("submitter").put("name", TestTokens.officer(ministry)).put("ministry", ministry);
        return event;
    }

    public static RequestSpecification asCoordinator() {
        return given().auth().oauth2(TestTokens.coordinator());
    }

    public static RequestSpecification asSubmitter(String ministry) {
        return given().auth().oauth2(TestTokens.submitter(ministry));
    }

    /** The office accepts a version of a contribution. */
    public static void accept(int year, String ministry, String area, int version) {
        review(year, ministry, area, version, "{\"decision\": \"ACCEPT\"}");
    }

    public static void review(int year, String ministry, String area, int version, String decision) {
        asCoordinator().contentType(ContentType.JSON).body(decision)
                .post("/api/v1/contributions/" + year + "/" + ministry + "/" + area + "/versions/" + version + "/review")
                .then().statusCode(200);
    }
}
