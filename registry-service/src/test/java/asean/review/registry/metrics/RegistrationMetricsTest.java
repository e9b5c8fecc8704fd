package asean.review.registry.metrics;

import static asean.review.registry.RegistryTest.accept;
import static asean.review.registry.RegistryTest.awaitDecided;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.review;
import static asean.review.registry.RegistryTest.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.PrometheusText;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code /q/metrics} answers a scraper without a token and moves with what the registry does: registrations and their
 * delay, rejections, dead letters, reviews; the consumer's lag is there beside them.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class RegistrationMetricsTest {

    private static final String REGISTERED = "asean_submissions_registered_total";
    private static final String DELAYS = "asean_submissions_registration_delay_seconds_count";
    private static final String REJECTED = "asean_submissions_registry_rejected_total";
    private static final String DEAD_LETTERED = "asean_submissions_dead_lettered_total";
    private static final String ACCEPTED = "asean_reviews_total{decision=\"accept\"}";
    private static final String RETURNED = "asean_reviews_total{decision=\"return\"}";

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String series) {
        return PrometheusText.value(scrape(), series);
    }

    /** Counts move once the transaction commits, a moment after its result is visible: wait for them. */
    private static void awaitMoved(String series, double before, double by) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> value(series) >= before + by);
        assertThat(value(series)).as(series).isEqualTo(before + by);
    }

    @Test
    void aRegistrationIsCountedWithItsDelay() {
        double registered = value(REGISTERED);
        double delays = value(DELAYS);
        double rejected = value(REJECTED);
        ObjectNode event = eventFor(2051, "MOH", "AHMM");

        send(event);

        assertThat(awaitDecided(event.get("submissionId").asText())).isEqualTo("REGISTERED");
        awaitMoved(REGISTERED, registered, 1);
        awaitMoved(DELAYS, delays, 1);
        assertThat(scrape()).contains("asean_submissions_registration_delay_seconds_bucket{le=");
        assertThat(value(REJECTED)).isEqualTo(rejected);
    }

    @Test
    void aRejectedRecordIsCountedAndDeadLettered() {
        double rejected = value(REJECTED);
        double deadLettered = value(DEAD_LETTERED);
        double registered = value(REGISTERED);
        ObjectNode impostor = eventFor(2051, "MOF", "CUSTOMS");
        impostor.putObject("submitter").put("name", "officer@moit").put("ministry", "MOIT");

        send(impostor);

        assertThat(awaitDecided(impostor.get("submissionId").asText())).isEqualTo("REJECTED");
        awaitMoved(REJECTED, rejected, 1);
        awaitMoved(DEAD_LETTERED, deadLettered, 1);
        assertThat(value(REGISTERED)).isEqualTo(registered);
    }

    @Test
    void reviewsAreCountedByDecision() {
        ObjectNode event = eventFor(2066, "MOIT", "AEM");
        send(event);
        awaitDecided(event.get("submissionId").asText());
        double accepted = value(ACCEPTED);
        double returned = value(RETURNED);

        review(2066, "MOIT", "AEM", 1, "{\"decision\": \"RETURN\", \"message\": \"Name the meeting\"}");
        accept(2066, "MOIT", "AEM", 1);

        awaitMoved(RETURNED, returned, 1);
        awaitMoved(ACCEPTED, accepted, 1);
    }

    @Test
    void theConsumersLagIsMeasured() {
        assertThat(scrape()).contains(
                "kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-contributions-submitted\"");
    }
}
