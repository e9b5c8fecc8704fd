package asean.review.registry.rest;

import static asean.review.registry.RegistryTest.accept;
import static asean.review.registry.RegistryTest.asCoordinator;
import static asean.review.registry.RegistryTest.asSubmitter;
import static asean.review.registry.RegistryTest.awaitDecided;
import static asean.review.registry.RegistryTest.contribution;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.review;
import static asean.review.registry.RegistryTest.send;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The review loop between the office and a ministry, as the registry keeps it. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class ReviewTest {

    private static final String VERSIONS = "/api/v1/contributions/2047/MOH/AHMM/versions";

    private static String submit(String summary) {
        ObjectNode event = eventFor(2047, "MOH", "AHMM");
        contribution(event).put("summary", summary);
        send(event);
        awaitDecided(event.get("submissionId").asText());
        return event.get("submissionId").asText();
    }

    @Test
    void returnedWithAMessageAmendedAndAcceptedWithEveryStepAudited() {
        asCoordinator().contentType(ContentType.JSON)
                .body("{\"deadline\": \"2047-12-15\", \"expectedMinistries\": [\"MOH\"]}")
                .put("/api/v1/cycles/2047").then().statusCode(200);
        String first = submit("First draft");
        asSubmitter("MOH").get("/api/v1/submissions/" + first)
                .then().statusCode(200).body("review.state", equalTo("PENDING_REVIEW"));
        asCoordinator().get("/api/v1/cycles/2047/completeness")
                .then().body("ministries[0].status", equalTo("PENDING_REVIEW")).body("pendingReview", equalTo(1));

        review(2047, "MOH", "AHMM", 1, "{\"decision\": \"RETURN\", \"message\": \"Name the AHMM chair's term\"}");

        asSubmitter("MOH").get("/api/v1/submissions/" + first)
                .then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("review.state", equalTo("RETURNED"))
                .body("review.message", equalTo("Name the AHMM chair's term"))
                .body("review.reviewedBy", equalTo("coordinator@office"));
        asCoordinator().get("/api/v1/cycles/2047/completeness")
                .then().body("ministries[0].status", equalTo("RETURNED")).body("returned", equalTo(1))
                .body("onTime", equalTo(0));

        submit("Amended: chaired AHMM 2046-2048");
        asSubmitter("MOH").get(VERSIONS).then().statusCode(200)
                .body("review.state", equalTo(List.of("RETURNED", "PENDING_REVIEW")));
        asCoordinator().contentType(ContentType.JSON).body("{\"decision\": \"ACCEPT\"}")
                .post(VERSIONS + "/1/review")
                .then().statusCode(409).body("detail", containsString("superseded by version 2"));
        asCoordinator().contentType(ContentType.JSON).body("{\"decision\": \"RETURN\"}")
                .post(VERSIONS + "/2/review")
                .then().statusCode(400).body("errors[0].field", equalTo("message"));

        accept(2047, "MOH", "AHMM", 2);

        asCoordinator().get("/api/v1/contributions?year=2047&accepted=true")
                .then().body("version", equalTo(List.of(2)))
                .body("[0].contribution.summary", equalTo("Amended: chaired AHMM 2046-2048"));
        asCoordinator().get("/api/v1/cycles/2047/completeness")
                .then().body("ministries[0].status", equalTo("ON_TIME")).body("onTime", equalTo(1))
                .body("returned", equalTo(0));
        asCoordinator().get("/api/v1/audit/2047")
                .then().statusCode(200)
                .body("action", equalTo(List.of("CYCLE_CHANGED", "REGISTERED", "RETURNED", "REGISTERED", "ACCEPTED")))
                .body("actor", equalTo(List.of("coordinator@office", TestTokens.officer("MOH"), "coordinator@office",
                        TestTokens.officer("MOH"), "coordinator@office")))
                .body("[2].detail", equalTo("Name the AHMM chair's term"));
    }

    @Test
    void briefKeepsTheAcceptedVersionWhileAnAmendmentAwaitsReview() {
        ObjectNode first = eventFor(2048, "MOIT", "AEM");
        send(first);
        awaitDecided(first.get("submissionId").asText());
        accept(2048, "MOIT", "AEM", 1);
        ObjectNode amendment = eventFor(2048, "MOIT", "AEM");
        contribution(amendment).put("summary", "Amendment under review");
        send(amendment);
        awaitDecided(amendment.get("submissionId").asText());

        asCoordinator().get("/api/v1/contributions?year=2048&accepted=true")
                .then().body("version", equalTo(List.of(1))).body("[0].review.state", equalTo("ACCEPTED"));
        asCoordinator().get("/api/v1/contributions?year=2048")
                .then().body("version", equalTo(List.of(2))).body("[0].review.state", equalTo("PENDING_REVIEW"));
    }

    @Test
    void reviewingAVersionThatDoesNotExistIsNotFound() {
        asCoordinator().contentType(ContentType.JSON).body("{\"decision\": \"ACCEPT\"}")
                .post("/api/v1/contributions/2049/MOH/AHMM/versions/1/review")
                .then().statusCode(404).body("detail", containsString("no version 1"));
    }
}
