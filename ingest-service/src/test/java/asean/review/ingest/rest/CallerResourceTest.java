package asean.review.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import asean.review.contract.auth.Roles;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class CallerResourceTest {

    @Test
    void aSubmitterIsToldItsNameMinistryAndRole() {
        given().auth().oauth2(TestTokens.submitter("MOF")).get("/api/v1/me").then().statusCode(200)
                .body("name", equalTo(TestTokens.officer("MOF")))
                .body("ministry", equalTo("MOF"))
                .body("roles", equalTo(List.of(Roles.SUBMITTER)));
    }

    @Test
    void theOfficeHasNoMinistry() {
        given().auth().oauth2(TestTokens.coordinator("clerk@office")).get("/api/v1/me").then().statusCode(200)
                .body("name", equalTo("clerk@office"))
                .body("ministry", nullValue())
                .body("roles", equalTo(List.of(Roles.COORDINATOR)));
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        given().get("/api/v1/me").then().statusCode(401);
    }
}
