package asean.review.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.PrometheusText;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** {@code /q/metrics} answers a scraper without a token, and counts each submission accepted or refused by reason. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class SubmissionMetricsTest {

    private static final String ACCEPTED = "asean_submissions_accepted_total";

    private static String rejected(String reason) {
        return "asean_submissions_rejected_total{reason=\"" + reason + "\"}";
    }

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static int submit(String token, String body, String idempotencyKey) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/contributions").then().extract().statusCode();
    }

    @Test
    void eachSubmissionMovesItsCounter() {
        String before = scrape();
        String valid = Fixtures.contribution().toString();
        String key = UUID.randomUUID().toString();

        assertThat(submit(TestTokens.submitter("MOF"), valid, key)).isEqualTo(202);
        assertThat(submit(TestTokens.submitter("MOF"), Fixtures.contribution().put("year", 1999).toString(), null))
                .isEqualTo(400);
        assertThat(submit(TestTokens.submitter("MOH"), valid, null)).isEqualTo(403);
        assertThat(submit(TestTokens.submitter("MOF"), Fixtures.contribution().put("summary", "Another body.")
                .toString(), key)).isEqualTo(422);
        String after = scrape();

        assertThat(PrometheusText.value(after, ACCEPTED) - PrometheusText.value(before, ACCEPTED)).isEqualTo(1);
        for (String reason : new String[] {"invalid", "forbidden", "idempotency_conflict"}) {
            assertThat(PrometheusText.value(after, rejected(reason)) - PrometheusText.value(before, rejected(reason)))
                    .as(reason).isEqualTo(1);
        }
        assertThat(PrometheusText.value(after, rejected("kafka_unavailable")))
                .isEqualTo(PrometheusText.value(before, rejected("kafka_unavailable")));
        assertThat(after).as("the HTTP server and the Kafka producer are measured too")
                .contains("uri=\"/api/v1/contributions\"", "kafka_producer_record_send_total{");
    }
}
