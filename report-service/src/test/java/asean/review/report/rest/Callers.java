package asean.review.report.rest;

import static io.restassured.RestAssured.given;

import asean.review.infra.quarkus.TestTokens;
import io.restassured.specification.RequestSpecification;

/** Requests as the coordination office, the only role that reads briefs. */
final class Callers {

    private Callers() {
    }

    static RequestSpecification office() {
        return given().auth().oauth2(TestTokens.coordinator());
    }
}
