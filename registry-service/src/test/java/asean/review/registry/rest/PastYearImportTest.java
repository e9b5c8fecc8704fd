package asean.review.registry.rest;

import static asean.review.registry.RegistryTest.JSON;
import static asean.review.registry.RegistryTest.asCoordinator;
import static asean.review.registry.RegistryTest.asSubmitter;
import static asean.review.registry.RegistryTest.contribution;
import static asean.review.registry.RegistryTest.eventFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The office brings a past year in from a file, so that the first brief it makes can compare years. Its ministries (GO,
 * GI, MPI) are ones no other test of the registry reports for, as the tests share one database.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class PastYearImportTest {

    @Test
    void importedContributionsAreAcceptedAtOnceAndImportingTheSameFileAgainChangesNothing() {
        ArrayNode file = JSON.createArrayNode().add(of(2019, "GO", "SOM", "The Government Office took part in 2019."))
                .add(of(2019, "MPI", "AEM", "The ministry of the day, merged into MOF since."));

        importing(2019, file).then().statusCode(200)
                .body("year", equalTo(2019)).body("imported", equalTo(2)).body("unchanged", equalTo(0));
        asCoordinator().get("/api/v1/contributions?year=2019&accepted=true").then().statusCode(200)
                .body("", hasSize(2))
                .body("review.state", everyItem(equalTo("ACCEPTED")))
                .body("onBehalf", everyItem(equalTo(true)))
                .body("submittedBy", everyItem(equalTo("coordinator@office")));

        importing(2019, file).then().statusCode(200).body("imported", equalTo(0)).body("unchanged", equalTo(2));
        ((ObjectNode) file.get(1)).put("summary", "Corrected after the meeting.");
        importing(2019, file).then().statusCode(200).body("imported", equalTo(1)).body("unchanged", equalTo(1));
        asCoordinator().get("/api/v1/contributions/2019/MPI/AEM/versions").then().statusCode(200)
                .body("", hasSize(2)).body("[1].contribution.summary", equalTo("Corrected after the meeting."));
        ((ObjectNode) file.get(1)).put("summary", "The ministry of the day, merged into MOF since.");
        importing(2019, file).then().statusCode(200).body("imported", equalTo(1)).body("unchanged", equalTo(1));
        asCoordinator().get("/api/v1/contributions/2019/MPI/AEM/versions").then().statusCode(200)
                .body("", hasSize(3))
                .body("[2].contribution.summary", equalTo("The ministry of the day, merged into MOF since."));
        asCoordinator().get("/api/v1/audit/2019").then().statusCode(200)
                .body("detail", hasItem("imported from a file of 2019"));
    }

    @Test
    void theApisOwnListingImportsToo() {
        ObjectNode listed = JSON.createObjectNode().put("version", 3).put("submittedBy", "someone@elsewhere");
        listed.set("contribution", of(2018, "GI", "ALAWMM", "Listed by the registry of another office."));

        importing(2018, JSON.createArrayNode().add(listed)).then().statusCode(200).body("imported", equalTo(1));
    }

    @Test
    void oneBrokenContributionImportsNothingAndTheErrorSaysWhereItIs() {
        ArrayNode file = JSON.createArrayNode().add(of(2017, "GO", "SOM", "Fine."))
                .add(of(2017, "MAE", "AEM", "MAE did not exist in 2017."))
                .add(of(2016, "GI", "ALAWMM", "Another year."))
                .add(of(2017, "GO", "SOM", "Twice."));

        importing(2017, file).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was imported"))
                .body("errors.field", hasItem("[1].ministry")).body("errors.field", hasItem("[2].year"))
                .body("errors.field", hasItem("[3]"));
        asCoordinator().get("/api/v1/contributions?year=2017").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aYearRunInThisSystemIsNotImported() {
        asCoordinator().contentType(ContentType.JSON)
                .body("{\"deadline\": \"2015-12-15\", \"expectedMinistries\": [\"GO\"]}")
                .put("/api/v1/cycles/2015").then().statusCode(200);

        importing(2015, JSON.createArrayNode().add(of(2015, "GO", "SOM", "Would replace the ministry's own.")))
                .then().statusCode(400).body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("has a reporting cycle here"));
        asCoordinator().get("/api/v1/contributions?year=2015").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void onlyTheOfficeImportsAndOnlyPastYears() {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        ArrayNode file = JSON.createArrayNode().add(of(thisYear, "MOFA", "SOM", "This year's, by the ministry."));

        asSubmitter("MOFA").contentType(ContentType.JSON).body(file.toString()).post("/api/v1/imports/" + thisYear)
                .then().statusCode(403);
        importing(thisYear, file).then().statusCode(400).body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("not a past year"));
    }

    private static io.restassured.response.Response importing(int year, ArrayNode file) {
        return asCoordinator().contentType(ContentType.JSON).body(file.toString()).post("/api/v1/imports/" + year);
    }

    private static ObjectNode of(int year, String ministry, String area, String summary) {
        ObjectNode contribution = contribution(eventFor(year, ministry, area)).deepCopy();
        return contribution.put("summary", summary);
    }
}
