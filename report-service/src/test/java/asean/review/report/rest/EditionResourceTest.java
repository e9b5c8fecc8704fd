package asean.review.report.rest;

import static asean.review.report.rest.Callers.office;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import asean.review.contract.Contribution;
import asean.review.report.ExampleData;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import asean.review.report.client.RegistryClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(KeycloakTestResource.class)
class EditionResourceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/api/v1/briefs/2024/editions")
    URI editions;

    private FakeRegistry registry;

    @BeforeEach
    void fakeRegistry() {
        registry = FakeRegistry.with2024Examples();
        QuarkusMock.installMockForType(registry, RegistryClient.class, RestClient.LITERAL);
    }

    private static int freeze(String who) {
        return given().auth().oauth2(TestTokens.coordinator(who)).contentType("application/json")
                .post("/api/v1/briefs/2024/editions")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/briefs/2024/editions/"))
                .body("frozenBy", equalTo(who))
                .extract().path("number");
    }

    @Test
    void frozenEditionStaysTheSameWhateverTheDataDoLater() {
        int number = freeze("nguyễn.văn.a@asean.department");
        String path = "/api/v1/briefs/2024/editions/" + number;
        byte[] markdown = office().get(path).then().statusCode(200).extract().asByteArray();
        byte[] json = office().get(path + "?format=json").then().statusCode(200).extract().asByteArray();
        assertThat(new String(markdown, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Edition " + number + ", frozen by nguyễn.văn.a@asean.department");

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

    /**
     * The test above reads the same format and language twice, which the render cache answers. An edition read
     * in a format and language it was never rendered in must still be built from the frozen brief, not from
     * the registry's data of today.
     */
    @Test
    void editionReadInAFormatAndLanguageNeverRenderedBeforeIsTheFrozenBriefNotTodays() throws IOException {
        Frozen frozen = freezeEdition();
        String path = "/api/v1/briefs/2024/editions/" + frozen.number();
        office().get(path).then().statusCode(200).header("X-Brief-Revision", frozen.revision());

        String marker = addAcceptedContributionMarked();

        String json = office().get(path + "?format=json&lang=vi").then().statusCode(200)
                .header("X-Brief-Revision", frozen.revision())
                .extract().asString();
        assertThat(JsonPath.from(json).getString("revision")).isEqualTo(frozen.revision());
        assertThat(JsonPath.from(json).getInt("edition.number")).isEqualTo(frozen.number());
        assertThat(json).doesNotContain(marker);
        assertThat(text(path, "html", "vi")).contains(abbreviated(frozen.revision())).doesNotContain(marker);
    }

    /** Nothing of this edition was rendered before the data changed: no cache holds any of it. */
    @Test
    void everyFormatAndLanguageOfAnEditionIsTheFrozenBriefAfterTheDataChanged() throws IOException {
        Frozen frozen = freezeEdition();
        String path = "/api/v1/briefs/2024/editions/" + frozen.number();

        String marker = addAcceptedContributionMarked();

        for (String lang : List.of("en", "vi")) {
            for (String format : List.of("md", "html", "json", "pdf", "docx")) {
                assertThat(text(path, format, lang)).as(format + " in " + lang)
                        .contains(abbreviated(frozen.revision()))
                        .doesNotContain(marker);
            }
        }
    }

    private record Frozen(int number, String revision) {
    }

    private static Frozen freezeEdition() {
        JsonPath edition = given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .post("/api/v1/briefs/2024/editions")
                .then().statusCode(201)
                .extract().jsonPath();
        return new Frozen(edition.getInt("number"), edition.getString("revision"));
    }

    /**
     * Adds an accepted contribution to the registry's data, checks that today's brief shows it under a new
     * revision, and returns the word that marks it.
     */
    private String addAcceptedContributionMarked() {
        String before = office().get("/api/v1/briefs/2024").then().statusCode(200)
                .extract().header("X-Brief-Revision");
        String marker = "Addedafterfreeze" + UUID.randomUUID().toString().substring(0, 8);
        registry.contributions.add(ExampleData.accepted(UUID.randomUUID(), 1, Instant.now(),
                new Contribution(2024, "MOH", "ASCC", "AHMM", null, marker, List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), null, "en")));
        String today = office().get("/api/v1/briefs/2024").then().statusCode(200)
                .header("X-Brief-Revision", org.hamcrest.Matchers.not(before))
                .extract().asString();
        assertThat(today).as("today's brief").contains(marker);
        return marker;
    }

    /** The edition in {@code format} and {@code lang}, as text (PDF and Word documents read back). */
    private static String text(String path, String format, String lang) throws IOException {
        byte[] body = office().get(path + "?format=" + format + "&lang=" + lang).then().statusCode(200)
                .extract().asByteArray();
        return switch (format) {
            case "pdf" -> {
                try (PDDocument document = Loader.loadPDF(body)) {
                    yield new PDFTextStripper().getText(document);
                }
            }
            case "docx" -> {
                try (XWPFWordExtractor extractor = new XWPFWordExtractor(
                        new XWPFDocument(new ByteArrayInputStream(body)))) {
                    yield extractor.getText();
                }
            }
            default -> new String(body, StandardCharsets.UTF_8);
        };
    }

    private static String abbreviated(String revision) {
        return revision.substring(0, 12);
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
    void concurrentFreezesOfOneYearEachTakeTheNextNumber() {
        int latest = latestNumber();
        List<HttpResponse<String>> answers = IntStream.range(0, 8).mapToObj(i -> freezeAsync()).toList().stream()
                .map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201));
        assertThat(answers).map(answer -> JsonPath.from(answer.body()).getInt("number"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(latest + 1, latest + 8).boxed().toList());
    }

    /** A writer that takes the number without the lock, as another version of this service could. */
    @Test
    void freezeThatLosesItsNumberToAnotherWriterIsAConflictToRetry() throws Exception {
        int taken = latestNumber() + 1;
        try (Connection other = database()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("INSERT INTO edition"
                    + " (year, number, revision, frozen_by, frozen_at, brief)"
                    + " VALUES (2024, ?, repeat('0', 64), 'another writer', now(), '{}')")) {
                insert.setInt(1, taken);
                insert.executeUpdate();
            }
            CompletableFuture<HttpResponse<String>> freeze = freezeAsync();
            awaitAnotherSessionWaitingForALock(other);
            other.commit();

            HttpResponse<String> answer = freeze.join();
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JsonPath.from(answer.body()).getString("detail"))
                    .contains("edition " + taken + " of 2024", "freeze again");
            assertThat(freeze("office")).as("the retry").isEqualTo(taken + 1);
        } finally {
            try (Connection cleanup = database(); Statement delete = cleanup.createStatement()) {
                delete.executeUpdate("DELETE FROM edition WHERE frozen_by = 'another writer'");
            }
        }
    }

    private CompletableFuture<HttpResponse<String>> freezeAsync() {
        return HTTP.sendAsync(HttpRequest.newBuilder(editions)
                .header("Authorization", "Bearer " + TestTokens.coordinator())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int latestNumber() {
        List<Integer> numbers = office().get("/api/v1/briefs/2024/editions").then().statusCode(200)
                .extract().path("number");
        return numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Connection database() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), "");
    }

    private static void awaitAnotherSessionWaitingForALock(Connection connection) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Statement waiting = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet locks = waiting.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
                    locks.next();
                    if (locks.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the freeze never waited for the other writer's row");
    }

    @Test
    void unknownEditionIsNotFound() {
        office().get("/api/v1/briefs/2024/editions/9999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("/api/v1/briefs/2024/editions"));
    }
}
