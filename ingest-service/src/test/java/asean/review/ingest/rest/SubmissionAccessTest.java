package asean.review.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.contract.Problem;
import asean.review.contract.Topics;
import asean.review.infra.KafkaTopics;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.Refusals;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may submit: a submitter, only for the ministry its token names, and the office, for any ministry on its behalf.
 * Every refusal is checked for its exact status and the problem's detail, and a refused contribution never reaches
 * Kafka.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class SubmissionAccessTest {

    /** What a submission got: its status, and the problem's detail when it is a problem. */
    record Answer(int status, String detail) {
    }

    /** MOF's contribution, marked so that it can be looked for in the topic. */
    private static ObjectNode contribution(String marker) {
        ObjectNode body = Fixtures.contribution();
        body.put("summary", body.get("summary").asText() + " " + marker);
        return body;
    }

    private static ExtractableResponse<Response> submit(String token, String marker) {
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
        return request.contentType(ContentType.JSON).body(contribution(marker).toString())
                .post("/api/v1/contributions").then().extract();
    }

    /** Submits as {@code token}; what the caller was told, once checked that nothing reached the topic. */
    private static Answer refused(String token) {
        String marker = "refused-" + UUID.randomUUID();
        ExtractableResponse<Response> response = submit(token, marker);
        assertThat(response.contentType()).as(response.asString()).startsWith(Problem.MEDIA_TYPE);
        assertThat(KafkaTopics.readAll(KafkaTestResource.kafka().bootstrapServers(), Topics.SUBMITTED))
                .as("records of the refused submission")
                .noneMatch(record -> record.value() != null && record.value().contains(marker));
        return new Answer(response.statusCode(), response.path("detail"));
    }

    @Test
    void withoutATokenIsUnauthorizedAndToldToSendOne() {
        ExtractableResponse<Response> response = submit(null, "no token");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(refused(null)).isEqualTo(new Answer(401, Refusals.NO_TOKEN));
    }

    @Test
    void forgedExpiredOrGarbledTokensAreUnauthorized() {
        assertThat(refused(TestTokens.forged())).as("forged").isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(refused(TestTokens.unsigned())).as("alg none").isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(refused(TestTokens.hmacWithThePublicKey())).as("HS256 keyed by the public key")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(refused(TestTokens.withItsOwnKey())).as("its own key in a jwk header")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(refused(TestTokens.expired("MOF"))).as("expired")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(refused("not.a.jwt")).as("garbled").isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
    }

    /**
     * The issuer is the one ingest-service's application.properties names, as in production: MOF's officer from
     * that issuer submits, the same officer signed by the same key but from another issuer is refused.
     */
    @Test
    void onlyTokensFromTheConfiguredIssuerAreTrusted() {
        assertThat(refused(TestTokens.submitterFromAnotherIssuer("MOF")))
                .as("a token from %s, signed by the trusted key", TestTokens.ANOTHER_ISSUER)
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
        assertThat(submit(TestTokens.submitter("MOF"), "configured issuer").statusCode())
                .as("a token from the tests' Keycloak, whose realm application.properties names")
                .isEqualTo(202);
    }

    /** A token the realm issued to another client lacks this system's audience: it is refused. */
    @Test
    void onlyTokensIssuedForThisSystemAreTrusted() {
        assertThat(refused(TestTokens.submitterForAnotherClient("MOF")))
                .as("MOF's officer, through Keycloak's admin-cli client")
                .isEqualTo(new Answer(401, Refusals.INVALID_TOKEN));
    }

    /** The office enters a ministry's contribution on its behalf (ContributionResourceTest checks the event). */
    @Test
    void coordinatorMaySubmitForAMinistryOnItsBehalf() {
        String marker = "on-behalf-" + UUID.randomUUID();
        assertThat(submit(TestTokens.coordinator(), marker).statusCode()).isEqualTo(202);
        assertThat(KafkaTopics.readAll(KafkaTestResource.kafka().bootstrapServers(), Topics.SUBMITTED))
                .filteredOn(record -> record.value() != null && record.value().contains(marker))
                .singleElement().satisfies(record -> assertThat(record.value())
                        .contains("\"submitter\":{\"name\":\"coordinator@office\",\"ministry\":\"MOF\","
                                + "\"onBehalf\":true}"));
    }

    @Test
    void unknownRoleMayNotSubmit() {
        assertThat(refused(TestTokens.unknownRole())).isEqualTo(new Answer(403, Refusals.WRONG_ROLE));
    }

    @Test
    void submitterMayNotSpeakForAnotherMinistry() {
        assertThat(refused(TestTokens.submitter("MOIT")))
                .isEqualTo(new Answer(403, Refusals.anotherMinistry("MOIT", "MOF")));
    }

    @Test
    void submitterWhoseTokenNamesNoMinistryMayNotSubmit() {
        assertThat(refused(TestTokens.submitterWithoutMinistry())).isEqualTo(new Answer(403, Refusals.NO_MINISTRY));
    }

    @Test
    void submitterOfTheMinistryIsAcceptedAndItsContributionPublished() {
        String marker = "accepted-" + UUID.randomUUID();
        assertThat(submit(TestTokens.submitter("MOF"), marker).statusCode()).isEqualTo(202);
        assertThat(KafkaTopics.readAll(KafkaTestResource.kafka().bootstrapServers(), Topics.SUBMITTED))
                .filteredOn(record -> record.value() != null && record.value().contains(marker))
                .hasSize(1);
    }
}
