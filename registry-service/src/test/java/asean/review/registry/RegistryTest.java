package asean.review.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;

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
        try (InputStream in = RegistryTest.class.getResourceAsStream("/contract/contribution-submitted.example.json")) {
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

    public static void send(ObjectNode event) {
        send(key(event), event.toString());
    }

    public static void send(String key, String value) {
        KafkaTopics.send(KafkaTestResource.kafka().bootstrapServers(), Topics.SUBMITTED, key, value);
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
