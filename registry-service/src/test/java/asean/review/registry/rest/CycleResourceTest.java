package asean.review.registry.rest;

import static asean.review.registry.RegistryTest.accept;
import static asean.review.registry.RegistryTest.asCoordinator;
import static asean.review.registry.RegistryTest.awaitDecided;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Comparator;
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

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class CycleResourceTest {

    @Test
    void cycleIsStoredWithChairAndThemeFromReferenceDataUnlessGiven() {
        asCoordinator().contentType(ContentType.JSON).body("""
                {"overview": "ASEAN continued to have a successful year.",
                 "facts": ["Regional growth forecast: 4.5% in 2024, 4.7% in 2025"],
                 "deadline": "2024-12-10", "expectedMinistries": ["MOFA", "MOIT", "MPI"]}""")
                .when().put("/api/v1/cycles/2024")
                .then().statusCode(200)
                .body("year", equalTo(2024))
                .body("chair", equalTo("Lao PDR"))
                .body("theme", equalTo("ASEAN: Enhancing Connectivity and Resilience"));

        asCoordinator().contentType(ContentType.JSON).body("""
                {"theme": "ASEAN: Advancing Connectivity and Resilience",
                 "facts": ["Regional growth forecast: 4.5% in 2024, 4.7% in 2025"],
                 "deadline": "2024-12-10", "expectedMinistries": ["MOFA", "MOIT", "MPI"]}""")
                .put("/api/v1/cycles/2024").then().statusCode(200);

        asCoordinator().get("/api/v1/cycles/2024")
                .then().statusCode(200)
                .body("theme", equalTo("ASEAN: Advancing Connectivity and Resilience"))
                .body("facts[0]", containsString("4.7% in 2025"))
                .body("expectedMinistries", equalTo(List.of("MOFA", "MOIT", "MPI")))
                .body("updatedAt", notNullValue());
    }

    @Test
    void reminderDaysDefaultToFourteenSevenAndOneAndAreKeptDistinctFromTheFarthest() {
        asCoordinator().contentType(ContentType.JSON).body("""
                {"deadline": "2064-12-10", "expectedMinistries": ["MOFA"]}""")
                .put("/api/v1/cycles/2064").then().statusCode(200).body("reminderDays", equalTo(List.of(14, 7, 1)));
        asCoordinator().contentType(ContentType.JSON).body("""
                {"deadline": "2064-12-10", "expectedMinistries": ["MOFA"], "reminderDays": [3, 10, 3]}""")
                .put("/api/v1/cycles/2064").then().statusCode(200);
        asCoordinator().get("/api/v1/cycles/2064").then().body("reminderDays", equalTo(List.of(10, 3)));
        asCoordinator().contentType(ContentType.JSON).body("""
                {"deadline": "2064-12-10", "expectedMinistries": ["MOFA"], "reminderDays": [7, 0]}""")
                .put("/api/v1/cycles/2064").then().statusCode(400)
                .body("errors.field", hasItem(containsString("reminderDays")));
    }

    @Test
    void everyCycleIsListedNewestFirstToASubmitterAndTheOffice() {
        for (int year : List.of(2061, 2063, 2062)) {
            asCoordinator().contentType(ContentType.JSON).body("""
                    {"deadline": "%d-12-10", "expectedMinistries": ["MOFA"]}""".formatted(year))
                    .put("/api/v1/cycles/" + year).then().statusCode(200);
        }
        List<Integer> years = given().auth().oauth2(TestTokens.submitter("MOH")).get("/api/v1/cycles")
                .then().statusCode(200).extract().jsonPath().getList("year", Integer.class);
        assertThat(years).containsSubsequence(2063, 2062, 2061);
        assertThat(years).isSortedAccordingTo(Comparator.reverseOrder());
        asCoordinator().get("/api/v1/cycles").then().statusCode(200)
                .body("find { it.year == 2062 }.deadline", equalTo("2062-12-10"));
        given().get("/api/v1/cycles").then().statusCode(401);
    }

    @Test
    void cycleNamingMinistriesOfAnotherPeriodIsRefused() {
        asCoordinator().contentType(ContentType.JSON).body("""
                {"deadline": "2022-12-10", "expectedMinistries": ["MOFA", "MAE", "NOPE"]}""")
                .when().put("/api/v1/cycles/2022")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("expectedMinistries[1]", "expectedMinistries[2]")))
                .body("errors[0].message", containsString("'MAE' is not a ministry of 2022"));
    }

    @Test
    void cycleOverTheBodyLimitIsTooLargeAndSaysTheLimit() {
        asCoordinator().contentType(ContentType.JSON)
                .body("{\"overview\": \"" + "x".repeat(300 * 1024) + "\", \"deadline\": \"2026-12-10\"}")
                .when().put("/api/v1/cycles/2026")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", equalTo("the body is larger than the 256 KiB this service accepts"));
        asCoordinator().get("/api/v1/cycles/2026").then().statusCode(404);
    }

    @Test
    void cycleWithoutDeadlineIsRefused() {
        asCoordinator().contentType(ContentType.JSON).body("""
                {"expectedMinistries": ["MOFA"]}""")
                .when().put("/api/v1/cycles/2023")
                .then().statusCode(400)
                .body("errors.field", hasItems("deadline"));
    }

    @Test
    void unsetCycleIsNotFoundWithWhatToDo() {
        asCoordinator().get("/api/v1/cycles/2031")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("PUT /api/v1/cycles/2031"));
    }

    @Test
    void completenessCountsOnTimeLateMissingAndUnexpected() {
        asCoordinator().contentType(ContentType.JSON).body("""
                {"deadline": "2044-12-15", "expectedMinistries": ["MOF", "MOIT", "MOH"]}""")
                .put("/api/v1/cycles/2044").then().statusCode(200);
        ObjectNode onTime = eventFor(2044, "MOF", "CUSTOMS").put("submittedAt", "2044-12-15T16:59:00Z");
        ObjectNode late = eventFor(2044, "MOIT", "AEM").put("submittedAt", "2044-12-15T17:00:00Z");
        ObjectNode unexpected = eventFor(2044, "MOFA", "SOM").put("submittedAt", "2044-12-01T00:00:00Z");
        for (ObjectNode event : List.of(onTime, late, unexpected)) {
            send(event);
            awaitDecided(event.get("submissionId").asText());
        }
        accept(2044, "MOF", "CUSTOMS", 1);
        accept(2044, "MOIT", "AEM", 1);
        accept(2044, "MOFA", "SOM", 1);

        // The deadline is a day in Viet Nam (UTC+7): 2044-12-15T17:00Z is already the 16th there.
        asCoordinator().get("/api/v1/cycles/2044/completeness")
                .then().statusCode(200)
                .body("expected", equalTo(3)).body("onTime", equalTo(1)).body("late", equalTo(1))
                .body("missing", equalTo(1))
                .body("ministries.ministry", equalTo(List.of("MOF", "MOIT", "MOH", "MOFA")))
                .body("ministries.status", equalTo(List.of("ON_TIME", "LATE", "MISSING", "ON_TIME")))
                .body("ministries.expected", equalTo(List.of(true, true, true, false)));
    }
}
