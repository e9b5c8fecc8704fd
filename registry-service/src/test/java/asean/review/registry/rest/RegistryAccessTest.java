package asean.review.registry.rest;

import static asean.review.registry.RegistryTest.awaitDeadLetter;
import static asean.review.registry.RegistryTest.awaitDecided;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.contract.Problem;

import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.Refusals;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every registry endpoint against every kind of caller: no token, a forged, expired, garbled token or one from
 * another issuer (signed by the trusted key), the wrong role, another ministry, a submitter whose token names
 * no ministry, and the caller it is meant for. Each refusal is checked for its exact status and the problem's
 * detail. MOF's contribution of 2050 and a poison record sent after it (for the dead-letter endpoints) are the
 * data.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class RegistryAccessTest {

    private static String submissionId;
    private static String deadLetter;

    /**
     * {@code allowed} is the caller the endpoint is for, {@code allowedElsewhere} the same caller's token from an
     * issuer the registry does not trust; {@code wrongRole} one whose role it refuses; {@code otherMinistry} the
     * code of a ministry whose submitter is refused where the data belong to MOF (else null).
     */
    record Endpoint(String method, String path, String body, String allowed, String allowedElsewhere,
            String wrongRole, String otherMinistry) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What a call got: its status, and the problem's detail when it is a problem. */
    record Answer(int status, String detail) {
    }

    /** Once, before the first test (rest-assured knows the port only once a test runs). */
    private static synchronized void registerMofContribution() {
        if (submissionId != null) {
            return;
        }
        ObjectNode event = eventFor(2050, "MOF", "CUSTOMS");
        send(event);
        awaitDecided(event.get("submissionId").asText());
        String poison = "poison for the access matrix " + UUID.randomUUID();
        send("2050:MOF:CUSTOMS", poison);
        ConsumerRecord<String, String> dead = awaitDeadLetter(poison);
        deadLetter = dead.partition() + "/" + dead.offset();
        submissionId = event.get("submissionId").asText();
    }

    static Stream<Endpoint> endpoints() {
        String mof = TestTokens.submitter("MOF");
        String mofElsewhere = TestTokens.submitterFromAnotherIssuer("MOF");
        String office = TestTokens.coordinator();
        String officeElsewhere = TestTokens.coordinatorFromAnotherIssuer();
        String stranger = TestTokens.unknownRole();
        String cycle = "{\"deadline\": \"2050-12-15\", \"expectedMinistries\": [\"MOF\"]}";
        return Stream.of(
                new Endpoint("GET", "/api/v1/submissions/{id}", null, mof, mofElsewhere, stranger, "MOIT"),
                new Endpoint("GET", "/api/v1/submissions/{id}", null, office, officeElsewhere, stranger, null),
                new Endpoint("GET", "/api/v1/contributions?year=2050&ministry=MOF", null, mof, mofElsewhere, stranger,
                        "MOIT"),
                new Endpoint("GET", "/api/v1/contributions?year=2050", null, office, officeElsewhere, stranger, null),
                new Endpoint("GET", "/api/v1/contributions/2050/MOF/CUSTOMS/versions", null, mof, mofElsewhere,
                        stranger, "MOIT"),
                new Endpoint("GET", "/api/v1/contributions/2050/MOF/CUSTOMS/versions", null, office, officeElsewhere,
                        stranger, null),
                new Endpoint("GET", "/api/v1/contributions/2050/versions", null, office, officeElsewhere, mof, null),
                new Endpoint("POST", "/api/v1/contributions/2050/MOF/CUSTOMS/versions/1/review",
                        "{\"decision\": \"ACCEPT\"}", office, officeElsewhere, mof, null),
                new Endpoint("PUT", "/api/v1/cycles/2050", cycle, office, officeElsewhere, mof, null),
                new Endpoint("GET", "/api/v1/cycles", null, mof, mofElsewhere, stranger, null),
                new Endpoint("GET", "/api/v1/cycles/2050", null, mof, mofElsewhere, stranger, null),
                new Endpoint("GET", "/api/v1/cycles/2050/completeness", null, office, officeElsewhere, mof, null),
                new Endpoint("GET", "/api/v1/reference", null, mof, mofElsewhere, stranger, null),
                new Endpoint("GET", "/api/v1/reference/ministries?year=2050", null, mof, mofElsewhere, stranger, null),
                new Endpoint("GET", "/api/v1/reference/areas", null, office, officeElsewhere, stranger, null),
                new Endpoint("GET", "/api/v1/audit/2050", null, office, officeElsewhere, mof, null),
                new Endpoint("GET", "/api/v1/audit/2050/MOF/CUSTOMS", null, office, officeElsewhere, mof, null),
                new Endpoint("GET", "/api/v1/mail/2050", null, office, officeElsewhere, mof, null),
                new Endpoint("GET", "/api/v1/dead-letters", null, office, officeElsewhere, mof, null),
                new Endpoint("POST", "/api/v1/dead-letters/{deadLetter}/replay", null, office, officeElsewhere, mof,
                        null));
    }

    private static Answer call(Endpoint endpoint, String token) {
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
        if (endpoint.body() != null) {
            request = request.contentType(ContentType.JSON).body(endpoint.body());
        }
        String path = endpoint.path().replace("{id}", submissionId).replace("{deadLetter}", deadLetter);
        ExtractableResponse<Response> response = request.request(endpoint.method(), path).then().extract();
        boolean problem = response.contentType().startsWith(Problem.MEDIA_TYPE);
        return new Answer(response.statusCode(), problem ? response.path("detail") : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void onlyTheCallerItIsForGetsThroughAndEveryOtherIsToldWhy(Endpoint endpoint) {
        registerMofContribution();
        assertThat(call(endpoint, null)).as("no token").isEqualTo(new Answer(401, Refusals.NO_TOKEN));
        assertThat(call(endpoint, TestTokens.forged())).as("forged signature")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, TestTokens.unsigned())).as("alg none")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, TestTokens.hmacWithThePublicKey())).as("HS256 keyed by the public key")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, TestTokens.withItsOwnKey())).as("its own key in a jwk header")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, TestTokens.expired("MOF"))).as("expired")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, "not.a.jwt")).as("garbled").isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, endpoint.allowedElsewhere())).as("the right caller, but from another issuer")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(call(endpoint, endpoint.wrongRole())).as("wrong role")
                .isEqualTo(new Answer(403, Refusals.WRONG_ROLE));
        if (endpoint.otherMinistry() != null) {
            assertThat(call(endpoint, TestTokens.submitter(endpoint.otherMinistry()))).as("another ministry")
                    .isEqualTo(new Answer(403, Refusals.anotherMinistry(endpoint.otherMinistry(), "MOF")));
            assertThat(call(endpoint, TestTokens.submitterWithoutMinistry())).as("a submitter of no ministry")
                    .isEqualTo(new Answer(403, Refusals.NO_MINISTRY));
        }
        assertThat(call(endpoint, endpoint.allowed()).status()).as("the caller it is for").isBetween(200, 299);
    }

    /**
     * The issuer is the one registry-service's application.properties names, as in production: the test tokens
     * carry it, and a token signed by the very same key but from another issuer is refused.
     */
    @Test
    void onlyTokensFromTheConfiguredIssuerAreTrusted() {
        String path = "/api/v1/reference/areas";
        assertThat(given().auth().oauth2(TestTokens.coordinator()).get(path).then().extract().statusCode())
                .as("a token from the tests' Keycloak, whose realm application.properties names")
                .isEqualTo(200);
        for (String elsewhere : List.of(TestTokens.coordinatorFromAnotherIssuer(),
                TestTokens.submitterFromAnotherIssuer("MOF"))) {
            ExtractableResponse<Response> response = given().auth().oauth2(elsewhere).get(path).then().extract();
            assertThat(new Answer(response.statusCode(), response.path("detail")))
                    .as("a token from %s, signed by the trusted key", TestTokens.ANOTHER_ISSUER)
                    .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        }
    }
}
