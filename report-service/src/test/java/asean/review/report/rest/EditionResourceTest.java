package asean.review.report.rest;

import static asean.review.report.rest.Callers.office;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import asean.review.contract.Contribution;
import asean.review.report.ExampleData;
import asean.review.infra.quarkus.JwtTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import asean.review.report.client.RegistryClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(JwtTestResource.class)
class EditionResourceTest {

    private FakeRegistry registry;

    @BeforeEach
    void fakeRegistry() {
        registry = FakeRegistry.with2024Examples();
        QuarkusMock.installMockForType(registry, RegistryClient.class, RestClient.LITERAL);
    }

    private static int freeze(String who) {
        return given().auth().oauth2(TestTokens.coordinator(who))
                .post("/api/v1/briefs/2024/editions")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/briefs/2024/editions/"))
                .body("frozenBy", equalTo(who))
                .extract().path("number");
    }

    @Test
    void frozenEditionStaysTheSameWhateverTheDataDoLater() {
        int number = freeze("Nguyễn Văn A, ASEAN Department");
        String path = "/api/v1/briefs/2024/editions/" + number;
        byte[] markdown = office().get(path).then().statusCode(200).extract().asByteArray();
        byte[] json = office().get(path + "?format=json").then().statusCode(200).extract().asByteArray();
        assertThat(new String(markdown, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Edition " + number + ", frozen by Nguyễn Văn A, ASEAN Department");

        registry.contributions.add(ExampleData.accepted(UUID.randomUUID(), 1, Instant.now(),
                new Contribution(2024, "MOH", "ASCC", "AHMM", null, "Added after the edition was frozen", List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), null, "en")));

        assertThat(office().get("/api/v1/briefs/2024").then().extract().asString())
                .contains("Added after the edition was frozen");
        assertThat(office().get(path).then().statusCode(200).extract().asByteArray()).isEqualTo(markdown);
        assertThat(office().get(path + "?format=json").then().extract().asByteArray()).isEqualTo(json);
        office().get(path + "?format=pdf&lang=vi").then().statusCode(200)
                .header("Content-Disposition", containsString("asean-review-2024-edition-" + number + ".pdf"));
    }

    @Test
    void editionsAreNumberedAndListed() {
        int first = freeze("office");
        int second = freeze("office");
        assertThat(second).isEqualTo(first + 1);
        office().get("/api/v1/briefs/2024/editions")
                .then().statusCode(200)
                .body("number", hasItems(first, second))
                .body("find { it.number == " + second + " }.revision.size()", equalTo(64));
    }

    @Test
    void unknownEditionIsNotFound() {
        office().get("/api/v1/briefs/2024/editions/9999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("/api/v1/briefs/2024/editions"));
    }
}
