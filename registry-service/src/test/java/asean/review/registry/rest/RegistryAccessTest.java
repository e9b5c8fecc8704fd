package asean.review.registry.rest;

import static asean.review.registry.RegistryTest.awaitDeadLetter;
import static asean.review.registry.RegistryTest.awaitDecided;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.infra.quarkus.JwtTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every registry endpoint against every kind of caller: no token, a forged or expired token, the wrong role,
 * another ministry, and the caller it is meant for. MOF's contribution of 2050 and a poison record sent after it
 * (for the dead-letter endpoints) are the data.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class RegistryAccessTest {

    private static String submissionId;
    private static String deadLetter;

    /**
     * {@code allowed} is the caller the endpoint is for; {@code wrongRole} one whose role it refuses;
     * {@code otherMinistry} a submitter of another ministry where the data belong to one (else null).
     */
    record Endpoint(String method, String path, String body, String allowed, String wrongRole, String otherMinistry) {
        @Override
        public String toString() {
            return method + " " + path;
        }
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
        String moit = TestTokens.submitter("MOIT");
        String office = TestTokens.coordinator();
        String stranger = TestTokens.unknownRole();
        String cycle = "{\"deadline\": \"2050-12-15\", \"expectedMinistries\": [\"MOF\"]}";
        return Stream.of(
                new Endpoint("GET", "/api/v1/submissions/{id}", null, mof, stranger, moit),
                new Endpoint("GET", "/api/v1/submissions/{id}", null, office, stranger, null),
                new Endpoint("GET", "/api/v1/contributions?year=2050&ministry=MOF", null, mof, stranger, moit),
                new Endpoint("GET", "/api/v1/contributions?year=2050", null, office, stranger, null),
                new Endpoint("GET", "/api/v1/contributions/2050/MOF/CUSTOMS/versions", null, mof, stranger, moit),
                new Endpoint("GET", "/api/v1/contributions/2050/MOF/CUSTOMS/versions", null, office, stranger, null),
                new Endpoint("POST", "/api/v1/contributions/2050/MOF/CUSTOMS/versions/1/review",
                        "{\"decision\": \"ACCEPT\"}", office, mof, null),
                new Endpoint("PUT", "/api/v1/cycles/2050", cycle, office, mof, null),
                new Endpoint("GET", "/api/v1/cycles/2050", null, mof, stranger, null),
                new Endpoint("GET", "/api/v1/cycles/2050/completeness", null, office, mof, null),
                new Endpoint("GET", "/api/v1/reference", null, mof, stranger, null),
                new Endpoint("GET", "/api/v1/reference/ministries?year=2050", null, mof, stranger, null),
                new Endpoint("GET", "/api/v1/reference/areas", null, office, stranger, null),
                new Endpoint("GET", "/api/v1/audit/2050", null, office, mof, null),
                new Endpoint("GET", "/api/v1/audit/2050/MOF/CUSTOMS", null, office, mof, null),
                new Endpoint("GET", "/api/v1/dead-letters", null, office, mof, null),
                new Endpoint("POST", "/api/v1/dead-letters/{deadLetter}/replay", null, office, mof, null));
    }

    private static int call(Endpoint endpoint, String token) {
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
        if (endpoint.body() != null) {
            request = request.contentType(ContentType.JSON).body(endpoint.body());
        }
        String path = endpoint.path().replace("{id}", submissionId).replace("{deadLetter}", deadLetter);
        return request.request(endpoint.method(), path).then().extract().statusCode();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void onlyTheCallerItIsForGetsThrough(Endpoint endpoint) {
        registerMofContribution();
        assertThat(call(endpoint, null)).as("no token").isEqualTo(401);
        assertThat(call(endpoint, TestTokens.forged())).as("forged signature").isEqualTo(401);
        assertThat(call(endpoint, TestTokens.expired("MOF"))).as("expired").isEqualTo(401);
        assertThat(call(endpoint, endpoint.wrongRole())).as("wrong role").isEqualTo(403);
        if (endpoint.otherMinistry() != null) {
            assertThat(call(endpoint, endpoint.otherMinistry())).as("another ministry").isEqualTo(403);
        }
        assertThat(call(endpoint, endpoint.allowed())).as("the caller it is for").isBetween(200, 299);
    }
}
