package asean.review.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import asean.review.infra.quarkus.JwtTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import asean.review.report.client.RegistryClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every report endpoint against every kind of caller: briefs and editions are the office's alone, so a
 * ministry's submitter is the wrong role. No endpoint here belongs to one ministry.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(JwtTestResource.class)
class ReportAccessTest {

    @BeforeEach
    void fakeRegistry() {
        QuarkusMock.installMockForType(FakeRegistry.with2024Examples(), RegistryClient.class, RestClient.LITERAL);
    }

    static Stream<String> endpoints() {
        return Stream.of("GET /api/v1/briefs/2024", "GET /api/v1/briefs/2024?format=pdf",
                "POST /api/v1/briefs/2024/editions", "GET /api/v1/briefs/2024/editions",
                "GET /api/v1/briefs/2024/editions/1");
    }

    private static int call(String endpoint, String token) {
        String[] methodAndPath = endpoint.split(" ");
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
        return request.request(methodAndPath[0], methodAndPath[1]).then().extract().statusCode();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void onlyTheOfficeGetsThrough(String endpoint) {
        if (endpoint.endsWith("/editions/1")) {
            call("POST /api/v1/briefs/2024/editions", TestTokens.coordinator());
        }
        assertThat(call(endpoint, null)).as("no token").isEqualTo(401);
        assertThat(call(endpoint, TestTokens.forged())).as("forged signature").isEqualTo(401);
        assertThat(call(endpoint, TestTokens.expired("MOFA"))).as("expired").isEqualTo(401);
        assertThat(call(endpoint, TestTokens.submitter("MOFA"))).as("a ministry's submitter").isEqualTo(403);
        assertThat(call(endpoint, TestTokens.unknownRole())).as("an unknown role").isEqualTo(403);
        assertThat(call(endpoint, TestTokens.coordinator())).as("the office").isBetween(200, 299);
    }
}
