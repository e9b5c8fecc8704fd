package asean.review.report.rest;

import static asean.review.report.rest.Callers.office;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.PrometheusText;
import asean.review.report.client.RegistryClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/** {@code /q/metrics} answers a scraper without a token and times each brief rendered, by format and language. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(KeycloakTestResource.class)
class BriefMetricsTest {

    private static final String PDF_IN_VIETNAMESE =
            "asean_briefs_rendered_seconds_count{format=\"pdf\",language=\"vi\"}";
    private static final String MARKDOWN_IN_ENGLISH =
            "asean_briefs_rendered_seconds_count{format=\"md\",language=\"en\"}";

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double rendered(String series) {
        return PrometheusText.value(scrape(), series);
    }

    @Test
    void aBriefRenderedIsTimedByFormatAndLanguageAndOneServedFromTheCacheIsNot() {
        // Data of its own, so that no other test rendered this brief before.
        QuarkusMock.installMockForType(FakeRegistry.with2024Examples()
                .enteredByTheOffice("MOF", "clerk-" + UUID.randomUUID() + "@office"), RegistryClient.class,
                RestClient.LITERAL);
        double pdfs = rendered(PDF_IN_VIETNAMESE);
        double markdowns = rendered(MARKDOWN_IN_ENGLISH);

        office().get("/api/v1/briefs/2024?format=pdf&lang=vi").then().statusCode(200);

        assertThat(rendered(PDF_IN_VIETNAMESE)).isEqualTo(pdfs + 1);
        assertThat(PrometheusText.value(scrape(), "asean_briefs_rendered_seconds_sum{format=\"pdf\",language=\"vi\"}"))
                .isPositive();
        assertThat(rendered(MARKDOWN_IN_ENGLISH)).isEqualTo(markdowns);

        office().get("/api/v1/briefs/2024?format=pdf&lang=vi").then().statusCode(200);

        assertThat(rendered(PDF_IN_VIETNAMESE)).as("the same brief again comes from the cache").isEqualTo(pdfs + 1);
    }
}
