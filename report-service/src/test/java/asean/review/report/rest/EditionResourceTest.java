package asean.review.report.rest;

import static asean.review.report.rest.Callers.office;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(JwtTestResource.class)
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
