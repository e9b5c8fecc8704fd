package asean.review.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import asean.review.infra.quarkus.JwtTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Who may submit: only a submitter, and only for the ministry its token names. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class SubmissionAccessTest {

    private static int submit(RequestSpecification caller) {
        return caller.contentType(ContentType.JSON).body(Fixtures.contribution().toString())
                .post("/api/v1/contributions").then().extract().statusCode();
    }

    @Test
    void withoutATokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(Fixtures.contribution().toString())
                .post("/api/v1/contributions")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("detail", containsString("bearer token"));
    }

    @Test
    void forgedExpiredOrGarbledTokensAreUnauthorized() {
        assertThat(new int[] {
                submit(given().auth().oauth2(TestTokens.forged())),
                submit(given().auth().oauth2(TestTokens.expired("MOF"))),
                submit(given().auth().oauth2("not.a.jwt")) }).containsOnly(401);
    }

    @Test
    void coordinatorMayNotSubmit() {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Fixtures.contribution().toString())
                .post("/api/v1/contributions")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void unknownRoleMayNotSubmit() {
        assertThat(submit(given().auth().oauth2(TestTokens.unknownRole())))
                .isEqualTo(403);
    }

    @Test
    void submitterMayNotSpeakForAnotherMinistry() {
        given().auth().oauth2(TestTokens.submitter("MOIT")).contentType(ContentType.JSON)
                .body(Fixtures.contribution().toString())
                .post("/api/v1/contributions")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("the token speaks for MOIT, not for MOF"));
    }

    @Test
    void submitterOfTheMinistryIsAccepted() {
        assertThat(submit(given().auth().oauth2(TestTokens.submitter("MOF"))))
                .isEqualTo(202);
    }
}
