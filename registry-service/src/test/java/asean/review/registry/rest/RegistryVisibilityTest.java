package asean.review.registry.rest;

import static asean.review.registry.RegistryTest.JSON;
import static asean.review.registry.RegistryTest.awaitDeadLetter;
import static asean.review.registry.RegistryTest.awaitDecided;
import static asean.review.registry.RegistryTest.contribution;
import static asean.review.registry.RegistryTest.eventFor;
import static asean.review.registry.RegistryTest.review;
import static asean.review.registry.RegistryTest.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * What each caller sees through every read endpoint, read from the bodies: an officer of MOJ, an officer of MOET
 * and the office, over contributions of both ministries in 2057 and 2058 registered through Kafka (versions
 * accepted, returned, pending and amended, a rejected submission and one that names no ministry). A submitter
 * gets exactly its own ministry's rows, with or without filters, and never another's; the office gets every row;
 * each refusal is checked for its status and the problem's detail. No other test uses these ministries or years,
 * so a submitter's whole answer is compared, and the office's rows of these years.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class RegistryVisibilityTest {

    private static final Set<Integer> YEARS = Set.of(2057, 2058);

    /** One registered version, and where its review ends up. */
    record Version(int year, String ministry, String area, String pillar, int version, String state) {
        String key() {
            return year + ":" + ministry + ":" + area;
        }

        String label() {
            return key() + " v" + version + " " + state;
        }
    }

    /** The data, registered in this order; a later version is sent once the earlier one was reviewed. */
    private static final List<Version> VERSIONS = List.of(
            new Version(2057, "MOJ", "CUSTOMS", "AEC", 1, "ACCEPTED"),
            new Version(2057, "MOJ", "AHMM", "ASCC", 1, "PENDING_REVIEW"),
            new Version(2057, "MOET", "CUSTOMS", "AEC", 1, "ACCEPTED"),
            new Version(2057, "MOET", "ASED", "ASCC", 1, "RETURNED"),
            new Version(2058, "MOJ", "SOM", "APSC", 1, "ACCEPTED"),
            new Version(2058, "MOET", "SOM", "APSC", 1, "PENDING_REVIEW"),
            new Version(2057, "MOJ", "CUSTOMS", "AEC", 2, "PENDING_REVIEW"),
            new Version(2058, "MOET", "SOM", "APSC", 2, "ACCEPTED"));

    private static final String RETURN_MESSAGE = "Name the outcomes of the meeting";

    private static Map<Version, String> submissions;
    /** A MOJ submission of 2057 rejected for an unknown area. */
    private static String rejected;
    /** A record whose submissionId can be read, but nothing else: a submission of no ministry. */
    private static String unreadable;

    /** Who calls: an officer of {@code ministry}, or the office (null ministry). */
    record Viewer(String name, String ministry) {
        static final Viewer MOJ = new Viewer("an officer of MOJ", "MOJ");
        static final Viewer MOET = new Viewer("an officer of MOET", "MOET");
        static final Viewer OFFICE = new Viewer("the office", null);

        String token() {
            return ministry == null ? TestTokens.coordinator() : TestTokens.submitter(ministry);
        }

        boolean isOffice() {
            return ministry == null;
        }

        boolean mayRead(String owner) {
            return isOffice() || ministry.equals(owner);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A filter of {@code GET /api/v1/contributions}, and the rows it selects. */
    record Query(Integer year, String ministry, String pillar, String area, boolean accepted) {
        String text() {
            List<String> parameters = new ArrayList<>();
            Optional.ofNullable(year).ifPresent(y -> parameters.add("year=" + y));
            Optional.ofNullable(ministry).ifPresent(m -> parameters.add("ministry=" + m));
            Optional.ofNullable(pillar).ifPresent(p -> parameters.add("pillar=" + p));
            Optional.ofNullable(area).ifPresent(a -> parameters.add("area=" + a));
            if (accepted) {
                parameters.add("accepted=true");
            }
            return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
        }

        boolean selects(Version v) {
            return (year == null || year == v.year()) && (ministry == null || ministry.equals(v.ministry()))
                    && (pillar == null || pillar.equals(v.pillar())) && (area == null || area.equals(v.area()));
        }

        @Override
        public String toString() {
            return "/api/v1/contributions" + text();
        }
    }

    /** What a refused call got: its status and the problem's detail. */
    record Answer(int status, String detail) {
    }

    /** Once, before the first test (rest-assured knows the port only once a test runs). */
    private static synchronized void register() {
        if (submissions != null) {
            return;
        }
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"deadline\": \"2057-12-31\", \"expectedMinistries\": [\"MOJ\", \"MOET\", \"MOHA\"]}")
                .put("/api/v1/cycles/2057").then().statusCode(200);
        Map<Version, String> sent = new LinkedHashMap<>();
        int last = VERSIONS.stream().mapToInt(Version::version).max().orElseThrow();
        for (int n = 1; n <= last; n++) {
            int number = n;
            List<Version> round = VERSIONS.stream().filter(v -> v.version() == number).toList();
            for (Version v : round) {
                ObjectNode event = eventFor(v.year(), v.ministry(), v.area());
                contribution(event).put("pillar", v.pillar());
                send(event);
                sent.put(v, event.get("submissionId").asText());
            }
            for (Version v : round) {
                assertThat(awaitDecided(sent.get(v))).as(v.label()).isEqualTo("REGISTERED");
                if (v.state().equals("ACCEPTED")) {
                    review(v.year(), v.ministry(), v.area(), v.version(), "{\"decision\": \"ACCEPT\"}");
                } else if (v.state().equals("RETURNED")) {
                    review(v.year(), v.ministry(), v.area(), v.version(),
                            "{\"decision\": \"RETURN\", \"message\": \"" + RETURN_MESSAGE + "\"}");
                }
            }
        }
        ObjectNode broken = eventFor(2057, "MOJ", "NOPE");
        send(broken);
        rejected = broken.get("submissionId").asText();
        assertThat(awaitDecided(rejected)).isEqualTo("REJECTED");
        unreadable = UUID.randomUUID().toString();
        send("2057:MOJ:AHMM", "{\"schemaVersion\": 99, \"submissionId\": \"" + unreadable + "\"}");
        assertThat(awaitDecided(unreadable)).isEqualTo("REJECTED");
        awaitDeadLetter(rejected);
        awaitDeadLetter(unreadable);
        submissions = sent;
    }

    private static ExtractableResponse<Response> get(Viewer viewer, String path) {
        return given().auth().oauth2(viewer.token()).get(path).then().extract();
    }

    /** The body of a {@code 200}. */
    private static JsonNode read(Viewer viewer, String path) {
        ExtractableResponse<Response> response = get(viewer, path);
        assertThat(response.statusCode()).as(viewer + ": GET " + path + " " + response.asString()).isEqualTo(200);
        try {
            return JSON.readTree(response.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status and the problem's detail of an answer that must be a problem. */
    private static Answer refusal(Viewer viewer, String path) {
        ExtractableResponse<Response> response = get(viewer, path);
        assertThat(response.contentType()).as(viewer + ": GET " + path + " " + response.asString())
                .startsWith(Problem.MEDIA_TYPE);
        return new Answer(response.statusCode(), response.path("detail"));
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        assertThat(array.isArray()).as(array.toString()).isTrue();
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static String label(JsonNode registered) {
        JsonNode c = registered.get("contribution");
        return c.get("year").asInt() + ":" + c.get("ministry").asText() + ":" + c.get("area").asText() + " v"
                + registered.get("version").asInt() + " " + registered.get("review").get("state").asText();
    }

    /** The latest version of each contribution, or with {@code accepted} its latest accepted one. */
    private static List<Version> latest(boolean accepted) {
        return VERSIONS.stream().filter(v -> !accepted || v.state().equals("ACCEPTED"))
                .collect(Collectors.toMap(Version::key, Function.identity(),
                        (a, b) -> a.version() > b.version() ? a : b, LinkedHashMap::new))
                .values().stream().toList();
    }

    static Stream<Arguments> listings() {
        List<Query> queries = List.of(
                new Query(null, null, null, null, false),
                new Query(2057, null, null, null, false),
                new Query(2058, null, null, null, false),
                new Query(null, "MOJ", null, null, false),
                new Query(null, "MOET", null, null, false),
                new Query(2057, "MOET", null, null, false),
                new Query(null, null, "AEC", null, false),
                new Query(null, null, "ASCC", null, false),
                new Query(null, null, null, "CUSTOMS", false),
                new Query(null, null, null, "SOM", false),
                new Query(null, null, null, null, true),
                new Query(2057, null, null, null, true),
                new Query(2058, null, "APSC", null, true),
                new Query(null, "MOJ", null, null, true),
                new Query(null, "MOET", null, "CUSTOMS", true));
        return Stream.of(Viewer.MOJ, Viewer.MOET, Viewer.OFFICE)
                .flatMap(viewer -> queries.stream().map(query -> Arguments.of(viewer, query)));
    }

    @ParameterizedTest(name = "{0} lists {1}")
    @MethodSource("listings")
    void eachCallerListsExactlyTheContributionsItMaySee(Viewer viewer, Query query) {
        register();
        if (!viewer.isOffice() && query.ministry() != null && !query.ministry().equals(viewer.ministry())) {
            assertThat(refusal(viewer, query.toString()))
                    .isEqualTo(new Answer(403, Refusals.anotherMinistry(viewer.ministry(), query.ministry())));
            return;
        }
        List<String> expected = latest(query.accepted()).stream()
                .filter(query::selects).filter(v -> viewer.mayRead(v.ministry())).map(Version::label).toList();
        List<JsonNode> served = elements(read(viewer, query.toString())).toList();
        if (viewer.isOffice()) {
            // the office also sees what the other tests registered; these years are this test's alone
            served = served.stream().filter(c -> YEARS.contains(c.get("contribution").get("year").asInt())).toList();
        }
        assertThat(served.stream().map(RegistryVisibilityTest::label).toList())
                .as("%s: GET %s", viewer, query)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Viewer> viewers() {
        return Stream.of(Viewer.MOJ, Viewer.MOET, Viewer.OFFICE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void eachCallerReadsTheVersionsOfItsOwnMinistrysContributionsOnly(Viewer viewer) {
        register();
        Map<String, List<Version>> contributions = VERSIONS.stream()
                .sorted(Comparator.comparingInt(Version::version))
                .collect(Collectors.groupingBy(Version::key, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Version>> contribution : contributions.entrySet()) {
            String owner = contribution.getValue().get(0).ministry();
            String path = "/api/v1/contributions/" + contribution.getKey().replace(':', '/') + "/versions";
            if (viewer.mayRead(owner)) {
                assertThat(elements(read(viewer, path)).map(RegistryVisibilityTest::label).toList()).as(path)
                        .containsExactlyElementsOf(contribution.getValue().stream().map(Version::label).toList());
            } else {
                assertThat(refusal(viewer, path)).as(path)
                        .isEqualTo(new Answer(403, Refusals.anotherMinistry(viewer.ministry(), owner)));
            }
        }
        // a contribution never registered: its ministry hears so, another ministry learns nothing
        String unregistered = "/api/v1/contributions/2057/MOJ/SOM/versions";
        assertThat(refusal(viewer, unregistered)).as(unregistered).isEqualTo(viewer.mayRead("MOJ")
                ? new Answer(404, "no contribution 2057:MOJ:SOM is registered")
                : new Answer(403, Refusals.anotherMinistry(viewer.ministry(), "MOJ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void onlyTheOfficeReadsEveryVersionOfTheYearByMinistryAreaAndVersion(Viewer viewer) {
        register();
        String path = "/api/v1/contributions/2057/versions";
        if (!viewer.isOffice()) {
            assertThat(refusal(viewer, path)).isEqualTo(new Answer(403, Refusals.WRONG_ROLE));
            return;
        }
        List<String> expected = VERSIONS.stream().filter(v -> v.year() == 2057)
                .sorted(Comparator.comparing(Version::ministry).thenComparing(Version::area)
                        .thenComparingInt(Version::version))
                .map(Version::label).toList();
        assertThat(elements(read(viewer, path)).map(RegistryVisibilityTest::label).toList()).as(path)
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void eachCallerReadsTheStatusOfItsOwnMinistrysSubmissionsOnly(Viewer viewer) {
        register();
        for (Map.Entry<Version, String> submission : submissions.entrySet()) {
            Version v = submission.getKey();
            String path = "/api/v1/submissions/" + submission.getValue();
            if (viewer.mayRead(v.ministry())) {
                JsonNode status = read(viewer, path);
                assertThat(status.get("status").asText()).as(v.label()).isEqualTo("REGISTERED");
                assertThat(status.get("version").asInt()).as(v.label()).isEqualTo(v.version());
                assertThat(status.get("review").get("state").asText()).as(v.label()).isEqualTo(v.state());
                assertThat(status.get("review").path("message").asText(null)).as(v.label())
                        .isEqualTo(v.state().equals("RETURNED") ? RETURN_MESSAGE : null);
            } else {
                assertThat(refusal(viewer, path)).as(v.label())
                        .isEqualTo(new Answer(403, Refusals.anotherMinistry(viewer.ministry(), v.ministry())));
            }
        }
        String rejectedPath = "/api/v1/submissions/" + rejected;
        if (viewer.mayRead("MOJ")) {
            JsonNode status = read(viewer, rejectedPath);
            assertThat(status.get("status").asText()).isEqualTo("REJECTED");
            assertThat(status.get("reason").asText()).contains("unknown area code 'NOPE'");
        } else {
            assertThat(refusal(viewer, rejectedPath))
                    .isEqualTo(new Answer(403, Refusals.anotherMinistry(viewer.ministry(), "MOJ")));
        }
        String unreadablePath = "/api/v1/submissions/" + unreadable;
        if (viewer.isOffice()) {
            JsonNode status = read(viewer, unreadablePath);
            assertThat(status.get("status").asText()).isEqualTo("REJECTED");
            assertThat(status.get("reason").asText()).startsWith("the record is not a readable");
        } else {
            assertThat(refusal(viewer, unreadablePath))
                    .isEqualTo(new Answer(403, "this submission names no ministry; only the office may read it"));
        }
    }

    @Test
    void everyCallerReadsTheSameCycle() {
        register();
        JsonNode cycle = read(Viewer.OFFICE, "/api/v1/cycles/2057");
        assertThat(cycle.get("year").asInt()).isEqualTo(2057);
        assertThat(cycle.get("deadline").asText()).isEqualTo("2057-12-31");
        assertThat(elements(cycle.get("expectedMinistries")).map(JsonNode::asText).toList())
                .containsExactly("MOJ", "MOET", "MOHA");
        for (Viewer viewer : List.of(Viewer.MOJ, Viewer.MOET, Viewer.OFFICE)) {
            assertThat(read(viewer, "/api/v1/cycles/2057")).as(viewer.toString()).isEqualTo(cycle);
            assertThat(refusal(viewer, "/api/v1/cycles/2059")).as(viewer.toString())
                    .isEqualTo(new Answer(404, "the reporting cycle of 2059 is not set; PUT /api/v1/cycles/2059"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void onlyTheOfficeReadsCompletenessWithEveryExpectedMinistry(Viewer viewer) {
        register();
        String path = "/api/v1/cycles/2057/completeness";
        if (!viewer.isOffice()) {
            assertThat(refusal(viewer, path)).isEqualTo(new Answer(403, Refusals.WRONG_ROLE));
            return;
        }
        JsonNode completeness = read(viewer, path);
        assertThat(elements(completeness.get("ministries"))
                .map(m -> m.get("ministry").asText() + " " + m.get("status").asText() + " contributions="
                        + m.get("contributions").asInt() + " accepted=" + m.get("accepted").asInt()
                        + " pendingReview=" + m.get("pendingReview").asInt() + " returned="
                        + m.get("returned").asInt())
                .toList()).containsExactlyInAnyOrder(
                        "MOJ ON_TIME contributions=2 accepted=1 pendingReview=2 returned=0",
                        "MOET ON_TIME contributions=2 accepted=1 pendingReview=0 returned=1",
                        "MOHA MISSING contributions=0 accepted=0 pendingReview=0 returned=0");
    }

    private static String auditLabel(JsonNode entry) {
        StringBuilder label = new StringBuilder(entry.get("action").asText());
        if (entry.hasNonNull("ministry")) {
            label.append(' ').append(entry.get("year").asInt()).append(':').append(entry.get("ministry").asText())
                    .append(':').append(entry.get("area").asText());
        }
        if (entry.hasNonNull("version")) {
            label.append(" v").append(entry.get("version").asInt());
        }
        return label.toString();
    }

    /** What the audit trail must hold for the versions {@code of}, in the order each contribution lived it. */
    private static List<String> audited(Stream<Version> of) {
        List<String> expected = new ArrayList<>();
        of.sorted(Comparator.comparingInt(Version::version)).forEach(v -> {
            expected.add("REGISTERED " + v.key() + " v" + v.version());
            if (!v.state().equals("PENDING_REVIEW")) {
                expected.add(v.state() + " " + v.key() + " v" + v.version());
            }
        });
        return expected;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void onlyTheOfficeReadsTheAuditTrailOfTheYearAndOfAContribution(Viewer viewer) {
        register();
        String year = "/api/v1/audit/2057";
        String contribution = "/api/v1/audit/2057/MOJ/CUSTOMS";
        if (!viewer.isOffice()) {
            assertThat(refusal(viewer, year)).isEqualTo(new Answer(403, Refusals.WRONG_ROLE));
            assertThat(refusal(viewer, contribution)).isEqualTo(new Answer(403, Refusals.WRONG_ROLE));
            return;
        }
        List<String> expected = new ArrayList<>(audited(VERSIONS.stream().filter(v -> v.year() == 2057)));
        expected.add("CYCLE_CHANGED");
        expected.add("REJECTED 2057:MOJ:NOPE");
        assertThat(elements(read(viewer, year)).map(RegistryVisibilityTest::auditLabel).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(elements(read(viewer, contribution)).map(RegistryVisibilityTest::auditLabel).toList())
                .containsExactlyElementsOf(audited(VERSIONS.stream().filter(v -> v.key().equals("2057:MOJ:CUSTOMS"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void onlyTheOfficeReadsTheDeadLetters(Viewer viewer) {
        register();
        if (!viewer.isOffice()) {
            assertThat(refusal(viewer, "/api/v1/dead-letters")).isEqualTo(new Answer(403, Refusals.WRONG_ROLE));
            return;
        }
        // the dead letters are the whole topic's; those keyed with 2057 are this test's
        Map<String, String> ours = new HashMap<>();
        elements(read(viewer, "/api/v1/dead-letters"))
                .filter(letter -> letter.path("key").asText("").startsWith("2057:"))
                .forEach(letter -> ours.put(letter.path("submissionId").asText(null), letter.get("key").asText()));
        assertThat(ours).containsExactlyInAnyOrderEntriesOf(
                Map.of(rejected, "2057:MOJ:NOPE", unreadable, "2057:MOJ:AHMM"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/reference", "/api/v1/reference/ministries?year=2057", "/api/v1/reference/areas" })
    void everyCallerReadsTheSameReferenceData(String path) {
        register();
        JsonNode data = read(Viewer.OFFICE, path);
        assertThat(data.isEmpty()).as(path).isFalse();
        for (Viewer viewer : List.of(Viewer.MOJ, Viewer.MOET)) {
            assertThat(read(viewer, path)).as("%s: %s", viewer, path).isEqualTo(data);
        }
    }
}
