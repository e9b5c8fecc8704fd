package asean.review.ingest.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.net.URI;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.contract.Contribution;
import asean.review.contract.Topics;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.Review;
import asean.review.contract.api.ReviewState;
import asean.review.infra.KafkaTopics;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.KafkaTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The ministries' pages against real Kafka and PostgreSQL, with {@link RegistryStandIn} as the registry. Each test
 * posts forms as a browser without JavaScript does (form encoding, the CSRF cookie and hidden field).
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
@QuarkusTestResource(RegistryStandIn.Resource.class)
class PagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final String MOF = TestTokens.submitter("MOF");
    private static final String MOH = TestTokens.submitter("MOH");
    private static final String OFFICE = TestTokens.coordinator();

    /** A browser's CSRF state: the cookie and the hidden field of a page it loaded. */
    record Csrf(String cookie, String token) {
    }

    @BeforeEach
    void registry() {
        RegistryStandIn.CONTRIBUTIONS.clear();
        RegistryStandIn.CYCLES.clear();
    }

    // --- the form covers the contract --------------------------------------------------------------------------

    @Test
    void everyFieldOfTheContractHasALabelledInputOnTheForm() {
        RegistryStandIn.CONTRIBUTIONS.add(registered(full(2023), 1, null));
        String html = page(MOF, "/contributions/2023/MOF/AHMM/amend").statusCode(200).extract().asString();

        List<String> inputs = inputs(Contribution.class, "");
        assertThat(inputs).contains("roles[0].mechanism", "nextYear.plannedEvents[0].level", "outcomes[0]");
        for (String input : inputs) {
            if (input.equals("ministry")) {
                assertThat(html).contains("data-test=\"ministry\"").contains("Bộ Tài chính (MOF)");
                continue;
            }
            String id = input.replace("[", "-").replace("]", "").replace('.', '-');
            assertThat(html).as(input).contains("name=\"" + input + "\"").contains("for=\"" + id + "\"")
                    .contains("id=\"" + id + "\"").contains("data-test=\"" + id + "\"");
        }
    }

    /** The inputs a contribution has: each record component, lists as their first item, nested records inside. */
    private static List<String> inputs(Class<?> record, String prefix) {
        List<String> inputs = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = prefix + component.getName();
            if (component.getType() == List.class) {
                Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType())
                        .getActualTypeArguments()[0];
                if (element.isRecord()) {
                    inputs.addAll(inputs(element, name + "[0]."));
                } else {
                    inputs.add(name + "[0]");
                }
            } else if (component.getType().isRecord()) {
                inputs.addAll(inputs(component.getType(), name + "."));
            } else {
                inputs.add(name);
            }
        }
        return inputs;
    }

    // --- the form publishes what the API publishes --------------------------------------------------------------

    @Test
    void aFormPostPublishesTheSameContributionAsTheJsonApiAndADoublePostStoresOnce() throws Exception {
        String apiMarker = UUID.randomUUID().toString();
        String formMarker = UUID.randomUUID().toString();
        ObjectNode api = fixture(apiMarker);
        given().auth().oauth2(MOF).contentType(ContentType.JSON).header("Idempotency-Key", apiMarker)
                .body(api.toString()).post("/api/v1/contributions").then().statusCode(202);

        UUID draft = UUID.randomUUID();
        Map<String, String> params = formParams(fixture(formMarker));
        params.put("action", "submit");
        Csrf csrf = csrf(MOF);
        String location = post(MOF, csrf, "/drafts/" + draft, params).statusCode(303).extract().header("Location");
        assertThat(location).contains("/submissions/");
        String again = post(MOF, csrf, "/drafts/" + draft, params).statusCode(303).extract().header("Location");
        assertThat(again).isEqualTo(location);

        JsonNode fromApi = contributionOf(published(apiMarker).get(0));
        List<ConsumerRecord<String, String>> fromForm = published(formMarker);
        assertThat(fromForm.stream().map(r -> event(r).get("submissionId").asText()).distinct()).hasSize(1);
        String expected = fromApi.toString().replace(apiMarker, "M");
        assertThat(contributionOf(fromForm.get(0)).toString().replace(formMarker, "M")).isEqualTo(expected);
        // a submitted draft is gone
        page(MOF, "/drafts/" + draft).statusCode(404);
    }

    @Test
    void decomposedVietnameseIsStoredInNfc() {
        String marker = UUID.randomUUID().toString();
        ObjectNode body = fixture(marker);
        String decomposed = "Vie\u0302\u0323t Nam, Ha\u0300 No\u0302\u0323i " + marker;
        body.put("summary", decomposed);
        ((ObjectNode) body.get("eventsHosted").get(0)).put("city", "Ha\u0300 No\u0302\u0323i");
        Map<String, String> params = formParams(body);
        params.put("action", "submit");
        post(MOF, csrf(MOF), "/drafts/" + UUID.randomUUID(), params).statusCode(303);

        JsonNode stored = contributionOf(published(marker).get(0));
        assertThat(stored.get("summary").asText()).isEqualTo("Việt Nam, Hà Nội " + marker)
                .isNotEqualTo(decomposed);
        assertThat(stored.get("eventsHosted").get(0).get("city").asText()).isEqualTo("Hà Nội");
    }

    // --- validation ---------------------------------------------------------------------------------------------

    @Test
    void errorsAreShownBesideEachFieldAndInASummaryAndWhatWasTypedIsKept() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("year", "2024");
        params.put("pillar", "AEC");
        params.put("area", "CUSTOMS");
        params.put("summary", "");
        params.put("roles[0].role", "CHAIR");
        params.put("roles[0].partner", "Đối tác <b>EU</b>");
        params.put("eventsHosted[0].name", "Hội nghị");
        params.put("eventsHosted[0].date", "12/06/2024");
        params.put("action", "validate");
        String html = post(MOF, csrf(MOF), "/drafts/" + UUID.randomUUID(), params).statusCode(200)
                .extract().asString();

        assertThat(html).contains("data-test=\"error-summary\"")
                .contains("href=\"#summary\"").contains("href=\"#roles-0-mechanism\"")
                .contains("href=\"#eventsHosted-0-date\"");
        assertThat(input(html, "roles-0-mechanism")).contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"roles-0-mechanism-hint roles-0-mechanism-error\"");
        assertThat(html).contains("id=\"roles-0-mechanism-error\"").contains("id=\"summary-error\"");
        assertThat(input(html, "roles-0-partner")).contains("value=\"Đối tác &lt;b&gt;EU&lt;/b&gt;\"")
                .doesNotContain("aria-invalid");
        assertThat(input(html, "eventsHosted-0-date")).contains("value=\"12/06/2024\"");
        assertThat(html).doesNotContain("<b>EU</b>");
    }

    @Test
    void aYearThatIsNotANumberIsAnErrorOnTheYear() {
        Map<String, String> params = new LinkedHashMap<>(formParams(fixture("x")));
        params.put("year", "hai nghìn");
        params.put("action", "submit");
        String html = post(MOF, csrf(MOF), "/drafts/" + UUID.randomUUID(), params).statusCode(200)
                .extract().asString();
        assertThat(html).contains("href=\"#year\"");
        assertThat(input(html, "year")).contains("aria-invalid=\"true\"").contains("value=\"hai nghìn\"");
    }

    @Test
    void addAndRemoveARowWithoutJavaScriptKeepWhatWasTyped() {
        UUID draft = UUID.randomUUID();
        Csrf csrf = csrf(MOF);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("summary", "Đang soạn");
        params.put("outcomes[0]", "một");
        params.put("action", "add:outcomes");
        String html = post(MOF, csrf, "/drafts/" + draft, params).statusCode(200).extract().asString();
        assertThat(html).contains("name=\"outcomes[1]\"").contains(">Đang soạn</textarea>");

        params.put("outcomes[1]", "hai");
        params.put("action", "remove:outcomes:0");
        html = post(MOF, csrf, "/drafts/" + draft, params).statusCode(200).extract().asString();
        assertThat(html).contains("name=\"outcomes[0]\"").doesNotContain("name=\"outcomes[1]\"").contains(">hai</textarea>");

        String fragment = post(MOF, csrf, "/drafts/" + draft, Map.of("action", "add:roles"), "true")
                .statusCode(200).extract().asString();
        assertThat(fragment).startsWith("<form").contains("name=\"roles[0].mechanism\"").doesNotContain("<html");
    }

    // --- CSRF, drafts -------------------------------------------------------------------------------------------

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedWithAPageAndSavesNothing() {
        UUID draft = UUID.randomUUID();
        String html = given().auth().oauth2(MOF).contentType(FORM).formParam("summary", "forged")
                .formParam("action", "save").post("/drafts/" + draft)
                .then().statusCode(403).contentType(ContentType.HTML).extract().asString();
        assertThat(html).contains("Không thể nhận biểu mẫu").contains("<html lang=\"vi\"");
        page(MOF, "/drafts/" + draft).statusCode(404);

        Csrf csrf = csrf(MOF);
        given().auth().oauth2(MOF).cookie("csrf-token", csrf.cookie()).contentType(FORM)
                .formParam("csrf-token", "not-" + csrf.token()).formParam("action", "save").post("/drafts/" + draft)
                .then().statusCode(403);
        page(MOF, "/drafts/" + draft).statusCode(404);
    }

    /**
     * A form posted after the session ended is kept for the browser that posted it: signed in again, its officer
     * gets it back in the draft; another browser, or another officer, does not.
     */
    @Test
    void aFormPostedAfterTheSessionEndedComesBackAfterSigningInAgainInTheSameBrowserOnly() {
        UUID draft = UUID.randomUUID();
        Csrf csrf = csrf(MOF);
        post(MOF, csrf, "/drafts/" + draft, Map.of("summary", "Gõ trước khi phiên hết hạn", "action", "save"))
                .statusCode(200);
        String resume = given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).contentType(FORM)
                .formParam("csrf-token", csrf.token()).formParam("summary", "Gõ sau khi phiên đã hết hạn")
                .formParam("action", "submit").post("/drafts/" + draft)
                .then().statusCode(303).extract().header("Location");
        assertThat(resume).contains("/drafts/" + draft + "?resume=");
        String path = resume.substring(resume.indexOf("/drafts/"));

        assertThat(given().auth().oauth2(MOF).cookie("csrf-token", csrf(MOF).cookie()).get(path).then()
                .statusCode(200).extract().asString()).as("the draft, from another browser")
                .contains("Gõ trước khi phiên hết hạn").doesNotContain("Gõ sau khi phiên đã hết hạn");
        given().auth().oauth2(MOH).cookie("csrf-token", csrf.cookie()).get(path).then().statusCode(404);
        String html = given().auth().oauth2(MOF).cookie("csrf-token", csrf.cookie()).get(path)
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("Gõ sau khi phiên đã hết hạn").contains("data-test=\"notice\"");
        assertThat(page(MOF, "/drafts/" + draft).statusCode(200).extract().asString())
                .as("saved in the officer's draft").contains("Gõ sau khi phiên đã hết hạn");
        given().auth().oauth2(MOF).cookie("csrf-token", csrf.cookie()).get(path).then().statusCode(200);
        assertThat(published("Gõ sau khi phiên")).as("kept, not submitted").isEmpty();
    }

    @Test
    void draftsAreSavedAndOnlyTheirOwnerReadsOrWritesThem() {
        UUID draft = UUID.randomUUID();
        post(MOF, csrf(MOF), "/drafts/" + draft, Map.of("year", "2024", "summary", "Bản nháp của MOF",
                "action", "save")).statusCode(200);
        assertThat(page(MOF, "/drafts/" + draft).statusCode(200).extract().asString())
                .contains(">Bản nháp của MOF</textarea>");
        assertThat(page(MOF, "/").statusCode(200).extract().asString()).contains("/drafts/" + draft);

        String refused = page(MOH, "/drafts/" + draft).statusCode(404).extract().asString();
        assertThat(refused).contains("Không tìm thấy trang").doesNotContain("Bản nháp của MOF");
        post(MOH, csrf(MOH), "/drafts/" + draft, Map.of("summary", "overwritten", "action", "save"))
                .statusCode(404);
        post(MOH, csrf(MOH), "/drafts/" + draft + "/autosave", Map.of("summary", "overwritten")).statusCode(404);
        assertThat(page(MOH, "/").statusCode(200).extract().asString()).doesNotContain("/drafts/" + draft);
        assertThat(page(MOF, "/drafts/" + draft).statusCode(200).extract().asString())
                .contains(">Bản nháp của MOF</textarea>").doesNotContain("overwritten");

        post(MOF, csrf(MOF), "/drafts/" + draft + "/autosave", Map.of("summary", "tự lưu")).statusCode(200);
        assertThat(page(MOF, "/drafts/" + draft).statusCode(200).extract().asString()).contains(">tự lưu</textarea>");
    }

    // --- language -----------------------------------------------------------------------------------------------

    @Test
    void vietnameseByDefaultEnglishByAcceptLanguageAndTheSwitchWins() {
        assertThat(page(MOF, "/contributions/new").extract().asString())
                .contains("<html lang=\"vi\"").contains("Báo cáo mới");
        assertThat(given().auth().oauth2(MOF).header("Accept-Language", "en-GB,en;q=0.8").get("/contributions/new")
                .then().statusCode(200).extract().asString()).contains("<html lang=\"en\"").contains("New contribution");
        assertThat(given().auth().oauth2(MOF).header("Accept-Language", "vi").cookie("lang", "en")
                .get("/contributions/new").then().statusCode(200).extract().asString()).contains("<html lang=\"en\"");

        ExtractableResponse<Response> chosen = given().redirects().follow(false)
                .get("/language?lang=en&return=/drafts/x?y=1").then().statusCode(303).extract();
        assertThat(chosen.header("Location")).endsWith("/drafts/x?y=1");
        assertThat(chosen.cookie("lang")).isEqualTo("en");
    }

    @Test
    void theLanguageSwitchNeverRedirectsOffSite() {
        for (String target : List.of("https://evil.example", "//evil.example", "/\\evil.example",
                "https:/evil.example", "evil.example", " /evil.example", "/%0d%0aLocation:%20https://evil.example")) {
            String location = given().redirects().follow(false).urlEncodingEnabled(false)
                    .get("/language?lang=en&return=" + target.replace(" ", "%20").replace("\\", "%5C"))
                    .then().statusCode(303).extract().header("Location");
            URI uri = URI.create(location);
            assertThat(uri.getHost()).as(target).isIn(null, "localhost", "127.0.0.1");
            assertThat(location).as(target).doesNotContain("evil.example");
        }
    }

    // --- reading through the registry ---------------------------------------------------------------------------

    @Test
    void homeListsEachYearsContributionsWithTheirStateAndDeadlineReadWithTheOfficersToken() {
        RegistryStandIn.CYCLES.add(new Cycle(2024, null, null, null, List.of(), LocalDate.of(2024, 12, 10),
                List.of("MOF"), Instant.now()));
        RegistryStandIn.CONTRIBUTIONS.add(registered(full(2024), 2, new Review(ReviewState.RETURNED,
                "Nêu rõ kết quả <i>hội nghị</i>", "office", Instant.now())));
        RegistryStandIn.AUTHORIZATIONS.clear();

        String html = given().auth().oauth2(MOF).header("Accept-Language", "en").get("/").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("Deadline: 2024-12-10").contains("Returned by the office")
                .contains("Nêu rõ kết quả &lt;i&gt;hội nghị&lt;/i&gt;")
                .contains("/contributions/2024/MOF/AHMM/amend").contains("/contributions/2024/MOF/AHMM/history");
        assertThat(RegistryStandIn.AUTHORIZATIONS).isNotEmpty().allMatch(("Bearer " + MOF)::equals);

        String amend = page(MOF, "/contributions/2024/MOF/AHMM/amend").statusCode(200).extract().asString();
        assertThat(amend).contains("data-test=\"review-message\"").contains("Nêu rõ kết quả &lt;i&gt;hội nghị&lt;/i&gt;")
                .contains("name=\"amends\" value=\"2024/MOF/AHMM\"");
    }

    @Test
    void anotherMinistrysContributionIsRefusedWithAClearPage() {
        RegistryStandIn.CONTRIBUTIONS.add(registered(full(2024), 1, null));
        for (String path : List.of("/contributions/2024/MOF/AHMM/amend", "/contributions/2024/MOF/AHMM/history")) {
            String html = page(MOH, path).statusCode(403).contentType(ContentType.HTML).extract().asString();
            assertThat(html).contains("Đây không phải báo cáo của bộ, ngành bạn").doesNotContain("Exception")
                    .doesNotContain(full(2024).summary());
        }
        String missing = page(MOF, "/contributions/2019/MOF/AHMM/history").statusCode(404).extract().asString();
        assertThat(missing).contains("no contribution 2019:MOF:AHMM is registered");
    }

    @Test
    void startingFromLastYearsPrefillsTheAcceptedContributionForTheNewYear() {
        RegistryStandIn.CONTRIBUTIONS.add(registered(full(2024), 1, new Review(ReviewState.ACCEPTED, null, "office",
                Instant.now())));
        String html = page(MOF, "/contributions/new?from=last-year&year=2025&area=AHMM").statusCode(200)
                .extract().asString();
        assertThat(input(html, "year")).contains("value=\"2025\"");
        assertThat(html).contains(">" + full(2024).summary() + "</textarea>");
    }

    @Test
    void theSubmissionPagePollsUntilTheRegistryDecidesThenStops() {
        UUID id = UUID.randomUUID();
        String pending = page(MOF, "/submissions/" + id + "?year=2024&area=CUSTOMS").statusCode(200).extract().asString();
        assertThat(pending).contains("data-state=\"PENDING\"").contains("hx-trigger=\"every 2s\"")
                .contains("hx-get=\"/submissions/" + id + "/status?year=2024&amp;area=CUSTOMS\"")
                .contains("<noscript><meta http-equiv=\"refresh\"").contains("data-test=\"refresh\"");

        RegistryStandIn.SUBMISSIONS.put(id, new asean.review.contract.api.SubmissionStatus(id,
                asean.review.contract.api.SubmissionStatus.State.REGISTERED, 3, null,
                new Review(ReviewState.PENDING_REVIEW, null, null, null)));
        String fragment = page(MOF, "/submissions/" + id + "/status?year=2024&area=CUSTOMS").statusCode(200)
                .extract().asString();
        assertThat(fragment).startsWith("<div id=\"submission-status\"").contains("data-state=\"REGISTERED\"")
                .doesNotContain("hx-trigger").doesNotContain("<html")
                .contains("/contributions/2024/MOF/CUSTOMS/history")
                .contains("Đây là phiên bản 3 của báo cáo.");
        assertThat(fragment.split("Đã ghi nhận", -1)).as("registered and waiting for review, said once: " + fragment)
                .hasSize(2);
        assertThat(page(MOF, "/submissions/" + id).statusCode(200).extract().asString())
                .doesNotContain("http-equiv=\"refresh\"").doesNotContain("hx-trigger");
    }

    // --- the office on a ministry's behalf ----------------------------------------------------------------------

    @Test
    void theOfficeOnTheMinistriesPagesIsToldTheyAreForOfficersAndOfferedEveryMinistryToEnterOnBehalfOf() {
        String html = page(OFFICE, "/").statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertThat(html).contains("Các trang này dành cho cán bộ").contains("coordinator@office")
                .contains("href=\"/on-behalf/MOH\"").contains("Bộ Y tế (MOH)")
                .contains("href=\"/on-behalf/MPI\"").doesNotContain("data-test=\"on-behalf-banner\"");
        for (String path : List.of("/contributions/new", "/contributions/2024/MOH/AHMM/amend",
                "/drafts/" + UUID.randomUUID(), "/submissions/" + UUID.randomUUID())) {
            assertThat(page(OFFICE, path).statusCode(403).extract().asString()).as(path)
                    .contains("Các trang này dành cho cán bộ").doesNotContain("data-test=\"contribution-form\"");
        }
    }

    @Test
    void theOfficeOnAMinistrysPagesSeesTheBannerAndEveryLinkStaysOnThatMinistrysPages() {
        RegistryStandIn.CONTRIBUTIONS.add(registered(full(2024, "MOH"), 1, null));
        RegistryStandIn.CONTRIBUTIONS.add(registered(full(2024, "MOF"), 1, null));
        String home = given().auth().oauth2(OFFICE).header("Accept-Language", "en").get("/on-behalf/MOH")
                .then().statusCode(200).extract().asString();
        assertThat(home).contains("data-test=\"on-behalf-banner\"")
                .contains("Entering on behalf of Ministry of Health (from its signed letter)")
                .contains("Contributions of Ministry of Health")
                .contains("href=\"/on-behalf/MOH/contributions/2024/MOH/AHMM/amend\"")
                .contains("href=\"/on-behalf/MOH/contributions/new?year=")
                .doesNotContain("/contributions/2024/MOF/");

        String amend = page(OFFICE, "/on-behalf/MOH/contributions/2024/MOH/AHMM/amend").statusCode(200)
                .extract().asString();
        assertThat(amend).contains("data-test=\"on-behalf-banner\"").contains("Bộ Y tế (MOH)")
                .containsPattern("action=\"/on-behalf/MOH/drafts/[0-9a-f-]{36}\"")
                .contains("name=\"csrf-token\"").contains("name=\"amends\" value=\"2024/MOH/AHMM\"");
        page(OFFICE, "/on-behalf/MOH/contributions/2024/MOF/AHMM/amend").statusCode(403);
    }

    /**
     * The same form, posted with the office's session on MOH's pages, publishes what the API publishes when the office
     * submits MOH's contribution: the same contribution, entered by the office's user on MOH's behalf. A ministry field
     * the browser adds changes nothing: the path names the ministry.
     */
    @Test
    void aFormPostOfTheOfficeOnBehalfPublishesWhatTheApiPublishesForTheOfficeOnBehalf() {
        String apiMarker = UUID.randomUUID().toString();
        String formMarker = UUID.randomUUID().toString();
        ObjectNode api = fixture(apiMarker).put("ministry", "MOH");
        given().auth().oauth2(OFFICE).contentType(ContentType.JSON).body(api.toString())
                .post("/api/v1/contributions").then().statusCode(202);

        Map<String, String> params = formParams(fixture(formMarker));
        params.put("ministry", "MOF");
        params.put("action", "submit");
        String location = post(OFFICE, csrf(OFFICE, "/on-behalf/MOH/contributions/new"),
                "/on-behalf/MOH/drafts/" + UUID.randomUUID(), params).statusCode(303).extract().header("Location");
        assertThat(URI.create(location).getPath()).startsWith("/on-behalf/MOH/submissions/");

        JsonNode fromApi = event(published(apiMarker).get(0));
        JsonNode fromForm = event(published(formMarker).get(0));
        assertThat(fromForm.get("submitter")).isEqualTo(fromApi.get("submitter"));
        assertThat(fromForm.get("submitter").toString())
                .isEqualTo("{\"name\":\"coordinator@office\",\"ministry\":\"MOH\",\"onBehalf\":true}");
        assertThat(fromForm.get("contribution").toString().replace(formMarker, "M"))
                .isEqualTo(fromApi.get("contribution").toString().replace(apiMarker, "M"));

        String tracking = page(OFFICE, URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery())
                .statusCode(200).extract().asString();
        assertThat(tracking).contains("data-test=\"on-behalf-banner\"")
                .contains("hx-get=\"/on-behalf/MOH/submissions/");
    }

    @Test
    void aMinistrysOfficerIsRefusedThePagesOnBehalfAndPublishesNothingThere() {
        for (String path : List.of("/on-behalf/MOH", "/on-behalf/MOF", "/on-behalf/MOH/contributions/new")) {
            assertThat(page(MOF, path).statusCode(403).contentType(ContentType.HTML).extract().asString()).as(path)
                    .contains("Chỉ Cơ quan điều phối được nhập thay mặt bộ, ngành")
                    .doesNotContain("data-test=\"contribution-form\"");
        }
        String marker = UUID.randomUUID().toString();
        Map<String, String> params = formParams(fixture(marker));
        params.put("action", "submit");
        UUID draft = UUID.randomUUID();
        post(MOF, csrf(MOF), "/on-behalf/MOH/drafts/" + draft, params).statusCode(403);
        post(MOF, csrf(MOF), "/on-behalf/MOH/drafts/" + draft + "/autosave", params).statusCode(403);
        assertThat(published(marker)).isEmpty();
        page(MOF, "/drafts/" + draft).statusCode(404);
    }

    @Test
    void theMinistryInThePathMustExist() {
        String html = page(OFFICE, "/on-behalf/NOWHERE").statusCode(404).extract().asString();
        assertThat(html).contains("Không tìm thấy trang").contains("no ministry &#39;NOWHERE&#39;")
                .doesNotContain("data-test=\"on-behalf-banner\"");
        page(OFFICE, "/on-behalf/NOWHERE/contributions/new").statusCode(404);

        String marker = UUID.randomUUID().toString();
        Map<String, String> params = formParams(fixture(marker));
        params.put("action", "submit");
        post(OFFICE, csrf(OFFICE, "/on-behalf/MOH/contributions/new"), "/on-behalf/NOWHERE/drafts/"
                + UUID.randomUUID(), params).statusCode(404);
        assertThat(published(marker)).isEmpty();
    }

    @Test
    void theOfficesDraftsOnBehalfAreItsUsersOwnAndStayWithTheirMinistry() {
        UUID draft = UUID.randomUUID();
        post(OFFICE, csrf(OFFICE, "/on-behalf/MOH/contributions/new"), "/on-behalf/MOH/drafts/" + draft,
                Map.of("year", "2024", "summary", "Theo công văn của Bộ Y tế", "action", "save"))
                .statusCode(200);

        assertThat(page(OFFICE, "/on-behalf/MOH").statusCode(200).extract().asString())
                .contains("href=\"/on-behalf/MOH/drafts/" + draft + "\"");
        assertThat(page(OFFICE, "/on-behalf/MOH/drafts/" + draft).statusCode(200).extract().asString())
                .contains(">Theo công văn của Bộ Y tế</textarea>");
        assertThat(page(OFFICE, "/on-behalf/MOF").statusCode(200).extract().asString())
                .doesNotContain("/drafts/" + draft);
        page(OFFICE, "/on-behalf/MOF/drafts/" + draft).statusCode(404);
        String clerk = TestTokens.coordinator("clerk@office");
        page(clerk, "/on-behalf/MOH/drafts/" + draft).statusCode(404);
        assertThat(page(clerk, "/on-behalf/MOH").statusCode(200).extract().asString())
                .doesNotContain("/drafts/" + draft);
        page(MOH, "/drafts/" + draft).statusCode(404);
        assertThat(page(MOH, "/").statusCode(200).extract().asString()).doesNotContain("/drafts/" + draft);
    }

    @Test
    void theHistoryShowsAVersionTheOfficeEnteredOnBehalf() {
        RegistryStandIn.CONTRIBUTIONS.add(registered(full(2024, "MOH"), 1, null));
        RegistryStandIn.CONTRIBUTIONS.add(new RegisteredContribution(UUID.randomUUID(), 2, Instant.now(), Instant.now(),
                "coordinator@office", true, null, full(2024, "MOH")));
        String html = given().auth().oauth2(MOH).header("Accept-Language", "en")
                .get("/contributions/2024/MOH/AHMM/history").then().statusCode(200).extract().asString();
        assertThat(html)
                .contains("coordinator@office (entered by the coordination office on the ministry&#39;s behalf)")
                .doesNotContain("officer@MOF (entered");
    }

    @Test
    void htmxAndTheStylesheetAreServedFromThisService() {
        given().get("/_static/htmx.org/2.0.2/dist/htmx.min.js").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("htmx"));
        given().get("/css/pages.css").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(":focus-visible"));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static io.restassured.response.ValidatableResponse page(String token, String path) {
        return given().auth().oauth2(token).redirects().follow(false).get(path).then();
    }

    private static Csrf csrf(String token) {
        return csrf(token, "/contributions/new");
    }

    /** The CSRF state of a browser that loaded {@code path}. */
    private static Csrf csrf(String token, String path) {
        ExtractableResponse<Response> response = page(token, path).statusCode(200).extract();
        Matcher hidden = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(response.asString());
        assertThat(hidden.find()).isTrue();
        return new Csrf(response.cookie("csrf-token"), hidden.group(1));
    }

    private static io.restassured.response.ValidatableResponse post(String token, Csrf csrf, String path,
            Map<String, String> params) {
        return post(token, csrf, path, params, null);
    }

    private static io.restassured.response.ValidatableResponse post(String token, Csrf csrf, String path,
            Map<String, String> params, String htmx) {
        var request = given().auth().oauth2(token).redirects().follow(false).cookie("csrf-token", csrf.cookie())
                .contentType(FORM).formParams(params).formParam("csrf-token", csrf.token());
        if (htmx != null) {
            request = request.header("HX-Request", htmx);
        }
        return request.post(path).then();
    }

    /** The {@code <input>} or {@code <textarea>} tag of an id. */
    private static String input(String html, String id) {
        Matcher tag = Pattern.compile("<(input|textarea|select)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(tag.find()).as("input " + id).isTrue();
        return tag.group();
    }

    /** The test fixture (MOF, CUSTOMS, 2024) with a marker in its summary. */
    private static ObjectNode fixture(String marker) {
        try (var in = PagesTest.class.getResourceAsStream("/contribution.json")) {
            ObjectNode body = (ObjectNode) JSON.readTree(in);
            body.put("summary", body.get("summary").asText() + " " + marker);
            return body;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The inputs a browser would post for a contribution: its JSON paths, the ministry left out. */
    private static Map<String, String> formParams(JsonNode contribution) {
        Map<String, String> params = new LinkedHashMap<>();
        flatten(contribution, "", params);
        params.remove("ministry");
        return params;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> params) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), params);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", params);
            }
        } else if (!node.isNull()) {
            params.put(path, node.asText());
        }
    }

    private static List<ConsumerRecord<String, String>> published(String marker) {
        return KafkaTopics.readAll(KafkaTestResource.kafka().bootstrapServers(), Topics.SUBMITTED).stream()
                .filter(r -> r.value().contains(marker)).toList();
    }

    private static JsonNode event(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode contributionOf(ConsumerRecord<String, String> record) {
        return event(record).get("contribution");
    }

    /** MOF's contribution on AHMM with one item in every list, so that the form shows every input. */
    private static Contribution full(int year) {
        return full(year, "MOF");
    }

    private static Contribution full(int year, String ministry) {
        Contribution.Event event = new Contribution.Event("Hội nghị", year + "-06", "Hà Nội", "MINISTERIAL");
        return new Contribution(year, ministry, "ASCC", "AHMM", null, "Bộ Tài chính tham gia " + year + ".",
                List.of("Kết quả"), List.of(new Contribution.Role("AHMM", "HOST", "EU", "2024")), List.of(event),
                List.of(new Contribution.Initiative("Sáng kiến", "ADOPTED", "Mô tả")), List.of("Khó khăn"),
                List.of("Kiến nghị"), new Contribution.NextYear(List.of("Ưu tiên"), List.of(event)), "vi");
    }

    private static RegisteredContribution registered(Contribution contribution, int version, Review review) {
        return new RegisteredContribution(UUID.randomUUID(), version, Instant.now(), Instant.now(), "officer@MOF",
                false, review, contribution);
    }
}
