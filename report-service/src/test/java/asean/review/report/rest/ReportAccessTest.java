package asean.review.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import asean.review.contract.Problem;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.Refusals;
import asean.review.infra.quarkus.TestTokens;
import asean.review.report.client.RegistryClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every report endpoint against every kind of caller: briefs, editions and exports are the office's alone, so a
 * ministry's submitter is the wrong role. No endpoint here belongs to one ministry. Each refusal is checked for
 * its exact status and the problem's detail; the office's token is trusted only from the issuer
 * report-service's application.properties names.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(KeycloakTestResource.class)
class ReportAccessTest {

    @BeforeEach
    void fakeRegistry() {
        QuarkusMock.installMockForType(FakeRegistry.with2024Examples(), RegistryClient.class, RestClient.LITERAL);
    }

    static Stream<String> endpoints() {
        return Stream.of("GET /api/v1/briefs/2024", "GET /api/v1/briefs/2024?format=pdf",
                "POST /api/v1/briefs/2024/editions", "GET /api/v1/briefs/2024/editions",
                "GET /api/v1/briefs/2024/editions/1", "GET /api/v1/exports/2024/contributions.xlsx",
                "GET /api/v1/exports/2024/contributions.csv?versions=all", "GET /api/v1/exports/2024/audit.xlsx",
                "GET /api/v1/exports/2024/audit.csv");
    }

    /** What a call got: its status, and the problem's detail when it is a problem. */
    record Answer(int status, String detail) {
    }

    private static Answer call(String endpoint, String token) {
        String[] methodAndPath = endpoint.split(" ");
        // As curl sends a POST without a body: not as a form, which the API refuses (the pages' CSRF check).
        RequestSpecification request = (token == null ? given() : given().auth().oauth2(token))
                .contentType("application/json");
        ExtractableResponse<Response> response = request.request(methodAndPath[0], methodAndPath[1]).then().extract();
        boolean problem = response.contentType().startsWith(Problem.MEDIA_TYPE);
        return new Answer(response.statusCode(), problem ? response.path("detail") : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void onlyTheOfficeGetsThroughAndEveryOtherCallerIsToldWhy(String endpoint) {
        if (endpoint.endsWith("/editions/1")) {
            call("POST /api/v1/briefs/2024/editions", TestTokens.coordinator());
        }
        assertThat(call(endpoint, null)).as("no token").isEqualTo(new Answer(401, Refusals.NO_TOKEN));
        assertThat(call(endpoint, TestTokens.forged())).as("forged signature")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, TestTokens.unsigned())).as("alg none")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, TestTokens.hmacWithThePublicKey())).as("HS256 keyed by the public key")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, TestTokens.withItsOwnKey())).as("its own key in a jwk header")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, TestTokens.expired("MOFA"))).as("expired")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, "not.a.jwt")).as("garbled").isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, TestTokens.coordinatorFromAnotherIssuer()))
                .as("the office, signed by the trusted key but from %s", TestTokens.ANOTHER_ISSUER)
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, TestTokens.submitter("MOFA"))).as("a ministry's submitter")
                .isEqualTo(new Answer(403, Refusals.WRONG_ROLE));
        assertThat(call(endpoint, TestTokens.unknownRole())).as("an unknown role")
                .isEqualTo(new Answer(403, Refusals.WRONG_ROLE));
        assertThat(call(endpoint, TestTokens.coordinator()).status())
                .as("the office, from the tests' Keycloak").isBetween(200, 299);
    }
}
