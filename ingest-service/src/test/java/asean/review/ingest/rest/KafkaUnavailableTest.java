package asean.review.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import asean.review.infra.FreePorts;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.PrometheusText;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(KafkaUnavailableTest.NoBroker.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class KafkaUnavailableTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:" + FreePorts.any(),
                    "ingest.publish-timeout", "3s");
        }
    }

    private static final String KAFKA_UNAVAILABLE = "asean_submissions_rejected_total{reason=\"kafka_unavailable\"}";

    private static double kafkaUnavailable() {
        return PrometheusText.value(given().get("/q/metrics").then().statusCode(200).extract().asString(),
                KAFKA_UNAVAILABLE);
    }

    @Test
    void submissionIsRefusedWith503WhenKafkaCannotTakeIt() {
        double before = kafkaUnavailable();
        given().auth().oauth2(TestTokens.submitter("MOF")).contentType(ContentType.JSON).body(Fixtures.contribution().toString())
                .when().post("/api/v1/contributions")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", ProblemMapper.RETRY_AFTER_SECONDS)
                .body("detail", containsString("nothing was accepted"));
        assertThat(kafkaUnavailable() - before).isEqualTo(1);
    }
}
