package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.stack.web.Browser;
import asean.review.stack.web.ContributionFormPage;
import asean.review.stack.web.KeycloakSignInPage;

/**
 * The ministries' pages in a real headless Chromium against the whole stack (Keycloak, Kafka, PostgreSQL, the three
 * services): officers sign in on Keycloak's page, fill the whole form in Vietnamese, submit, and see it registered;
 * what they may not do is refused with a page; the office signed in there is offered the ministries and opens one's
 * pages and form on its behalf. axe-core checks every page shown, error states included, and
 * screenshots (desktop and 360 px) go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MinistryPagesBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REGISTERED_WITHIN = Duration.ofSeconds(60);
    /** What MOFA's officer reports, typed field by field into the form: every field of the contract. */
    private static final String CONTRIBUTION = """
            {"year": 2025, "ministry": "MOFA", "pillar": "APSC", "area": "SOM",
             "areaName": "Hội nghị Quan chức Cao cấp ASEAN",
             "summary": "Bộ Ngoại giao đã chủ trì tham vấn SOM và điều phối lập trường của Việt Nam.\\nDòng thứ hai.",
             "outcomes": ["Thống nhất lộ trình Tầm nhìn 2045", "Tăng cường đoàn kết nội khối"],
             "roles": [{"mechanism": "Quan hệ đối thoại ASEAN – Nhật Bản", "role": "COUNTRY_COORDINATOR",
                        "partner": "Nhật Bản", "term": "2024-2027"}],
             "eventsHosted": [{"name": "Hội thảo về an ninh biển", "date": "2025-09-12", "city": "Đà Nẵng",
                               "level": "SENIOR_OFFICIALS"}],
             "initiatives": [{"title": "Sáng kiến về kinh tế số", "status": "ADOPTED",
                              "description": "Được các nước thành viên thông qua tại AMM."}],
             "difficulties": ["Nguồn lực hạn chế cho các cơ chế mới"],
             "recommendations": ["Tăng cường phối hợp liên ngành"],
             "nextYear": {"priorities": ["Chuẩn bị cho năm Chủ tịch 2030"],
                          "plannedEvents": [{"name": "Diễn đàn khu vực ASEAN", "date": "2026-07",
                                             "city": "Hà Nội", "level": "MINISTERIAL"}]},
             "language": "vi"}
            """;

    private static StackClient stack;
    private static String pages;

    @BeforeAll
    static void startStack() {
        stack = StackClient.start("ministry-pages");
        pages = stack.url("ingest-service");
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    @Order(1)
    void anOfficerSignsInFillsTheWholeFormFixesAnInlineErrorSubmitsAndSeesItRegistered() throws Exception {
        ObjectNode expected = (ObjectNode) JSON.readTree(CONTRIBUTION);
        try (Browser browser = Browser.open()) {
            signIn(browser, "officer@mofa", "local-mofa");
            assertThat(browser.find("who").getText()).contains("Bộ Ngoại giao (MOFA)").contains("officer@mofa");
            browser.checkAccessibility("home");
            browser.screenshots("home");

            browser.find("new-contribution").click();
            ContributionFormPage form = new ContributionFormPage(browser);
            browser.checkAccessibility("the empty form");
            fill(form, expected);
            // A Unikey-style keyboard sends decomposed characters: the stored text is NFC all the same.
            form.type("summary", Normalizer.normalize(expected.get("summary").asText(), Normalizer.Form.NFD));
            form.type("eventsHosted[0].date", "12/09/2025");
            form.submitExpectingErrors();

            assertThat(form.errorBeside("eventsHosted[0].date")).contains("yyyy-MM-dd");
            assertThat(form.errorSummary()).contains("yyyy-MM-dd");
            assertThat(browser.script("return document.activeElement.dataset.test"))
                    .as("the summary takes the focus, and the view, as on a page loaded anew").isEqualTo("error-summary");
            assertThat(form.value("eventsHosted[0].date")).as("what was typed is kept").isEqualTo("12/09/2025");
            assertThat(form.value("roles[0].mechanism")).isEqualTo("Quan hệ đối thoại ASEAN – Nhật Bản");
            browser.checkAccessibility("the form with an error");
            browser.screenshots("form-with-error");

            form.type("eventsHosted[0].date", "2025-09-12");
            form.submit();
            browser.waiting(REGISTERED_WITHIN).until(driver -> browser.has("submission-status")
                    && "REGISTERED".equals(browser.find("submission-status").getDomAttribute("data-state")));
            String submissionUrl = browser.url();
            browser.checkAccessibility("the submission, registered");
            browser.screenshots("submission-registered");

            HttpResponse<String> stored = stack.office("GET", "registry-service",
                    "/api/v1/contributions/2025/MOFA/SOM/versions", null);
            JsonNode latest = JSON.readTree(stored.body()).get(0).get("contribution");
            assertThat(latest).as("stored as the API would store it, in NFC").isEqualTo(expected);
            assertThat(submissionUrl).startsWith(pages + "/submissions/");

            browser.find("history").click();
            browser.checkAccessibility("the version history");
            browser.screenshots("history");
        }
    }

    @Test
    @Order(2)
    void returnedByTheOfficeTheOfficerReadsTheMessageAndAmendsFromTheLatestVersionInEnglish() {
        HttpResponse<String> returned = stack.office("POST", "registry-service",
                "/api/v1/contributions/2025/MOFA/SOM/versions/1/review",
                "{\"decision\": \"RETURN\", \"message\": \"Xin bổ sung kết quả cụ thể của SOM.\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        try (Browser browser = Browser.open()) {
            signIn(browser, "officer@mofa", "local-mofa");
            browser.find("lang-en").click();
            browser.waiting(Duration.ofSeconds(10)).until(driver -> browser.has("lang-vi"));
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
            assertThat(browser.find("return-message").getText()).isEqualTo("Xin bổ sung kết quả cụ thể của SOM.");
            browser.checkAccessibility("home, a contribution returned (English)");
            browser.screenshots("home-returned-en");

            browser.find("amend-2025-SOM").click();
            ContributionFormPage form = new ContributionFormPage(browser);
            assertThat(browser.find("review-message").getText()).isEqualTo("Xin bổ sung kết quả cụ thể của SOM.");
            assertThat(form.value("roles[0].mechanism")).as("from the latest version")
                    .isEqualTo("Quan hệ đối thoại ASEAN – Nhật Bản");
            browser.checkAccessibility("the amend form beside the office's message (English)");
            browser.screenshots("amend-beside-message-en");
        }
    }

    @Test
    @Order(2)
    void theOfficeSignedInToTheMinistriesPagesIsToldTheyAreForOfficersAndEntersOnAMinistrysBehalf() {
        try (Browser browser = Browser.open()) {
            browser.go(pages + "/");
            KeycloakSignInPage keycloak = new KeycloakSignInPage(browser);
            assertThat(keycloak.awaitShown()).isTrue();
            keycloak.signIn("coordinator@office", "local-office");
            browser.waiting(Duration.ofSeconds(20)).until(driver -> browser.text().contains("cán bộ"));
            assertThat(browser.text()).contains("Các trang này dành cho cán bộ").doesNotContain("Exception");
            assertThat(browser.find("ministries").getText()).contains("Bộ Y tế (MOH)");
            browser.checkAccessibility("the office on the ministries' pages");
            browser.screenshots("office-chooses-a-ministry");

            browser.find("on-behalf-MOH").click();
            browser.waiting(Duration.ofSeconds(20)).until(driver -> browser.has("on-behalf-banner"));
            assertThat(browser.url()).endsWith("/on-behalf/MOH");
            assertThat(browser.find("on-behalf-banner").getText())
                    .contains("Đang nhập thay mặt Bộ Y tế (theo công văn có chữ ký của bộ, ngành)");
            browser.find("new-contribution").click();
            browser.waiting(Duration.ofSeconds(20)).until(driver -> browser.has("contribution-form"));
            assertThat(browser.find("ministry").getText()).isEqualTo("Bộ Y tế (MOH)");
            assertThat(browser.find("on-behalf-banner").getText()).contains("Bộ Y tế");
            browser.checkAccessibility("the form, entered on a ministry's behalf");
            browser.screenshots("office-on-behalf-form");
        }
    }

    @Test
    @Order(3)
    void anOfficerOfAnotherMinistryCannotSeeOrAmendIt() {
        try (Browser browser = Browser.open()) {
            signIn(browser, "officer@moh", "local-moh");
            browser.go(pages + "/contributions/2025/MOFA/SOM/amend");
            assertThat(browser.text()).contains("MOFA").doesNotContain("Exception").doesNotContain("Hội nghị Quan chức");
            browser.checkAccessibility("another ministry's contribution");
            browser.screenshots("another-ministry");
            browser.go(pages + "/contributions/2025/MOFA/SOM/history");
            assertThat(browser.text()).doesNotContain("Thống nhất lộ trình");
        }
    }

    @Test
    @Order(3)
    void aFormPostedWithoutItsCsrfTokenIsRefusedWithAPage() {
        try (Browser browser = Browser.open()) {
            signIn(browser, "officer@mofa", "local-mofa");
            browser.find("new-contribution").click();
            ContributionFormPage form = new ContributionFormPage(browser);
            form.type("summary", "Gửi từ một trang giả mạo");
            browser.script("document.querySelector(\"input[name='csrf-token']\").remove();"
                    + "document.getElementById('contribution-form').removeAttribute('hx-post'); htmx.process(document.body);");
            form.save();
            browser.waiting(Duration.ofSeconds(20)).until(driver -> browser.text().contains("Không thể nhận biểu mẫu"));
            browser.checkAccessibility("the refused form");
            browser.screenshots("csrf-refused");
        }
    }

    @Test
    @Order(4)
    void aSessionThatEndsMidFormLosesNothingTyped() {
        try (Browser browser = Browser.open()) {
            signIn(browser, "officer@mofa", "local-mofa");
            browser.find("new-contribution").click();
            ContributionFormPage form = new ContributionFormPage(browser);
            String draft = form.draftId();
            form.type("summary", "Báo cáo đang soạn dở trước cuộc họp");
            browser.waiting(Duration.ofSeconds(20)).until(driver -> !browser.find("autosave-status").getText().isBlank());

            endSession(browser);
            form.type("areaName", "Gõ sau khi phiên đã hết hạn");
            form.save();

            KeycloakSignInPage keycloak = new KeycloakSignInPage(browser);
            assertThat(keycloak.awaitShown()).as("signing in is asked for again, at %s", browser.url()).isTrue();
            keycloak.signIn("officer@mofa", "local-mofa");
            browser.waiting(Duration.ofSeconds(20)).until(driver -> browser.has("contribution-form"));
            assertThat(form.draftId()).isEqualTo(draft);
            assertThat(form.value("summary")).isEqualTo("Báo cáo đang soạn dở trước cuộc họp");
            assertThat(form.value("areaName")).as("typed after the session ended").isEqualTo("Gõ sau khi phiên đã hết hạn");
        }
    }

    @Test
    @Order(5)
    void signingOutEndsTheSession() {
        try (Browser browser = Browser.open()) {
            signIn(browser, "officer@mofa", "local-mofa");
            browser.find("sign-out").click();
            browser.waiting(Duration.ofSeconds(20)).withMessage(() -> "signed out, at " + browser.url() + ": "
                    + browser.text()).until(driver -> browser.has("signed-out"));
            browser.checkAccessibility("signed out");
            browser.screenshots("signed-out");
            browser.go(pages + "/");
            assertThat(new KeycloakSignInPage(browser).awaitShown()).as("signing in is asked for again").isTrue();
        }
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.go(pages + "/");
        KeycloakSignInPage keycloak = new KeycloakSignInPage(browser);
        assertThat(keycloak.awaitShown()).as("the pages send an officer who is not signed in to Keycloak; at %s: %s",
                browser.url(), browser.text()).isTrue();
        assertThat(browser.text()).as("Keycloak's page, in Vietnamese").contains("Đăng nhập vào tài khoản của bạn");
        keycloak.signIn(username, password);
        browser.waiting(Duration.ofSeconds(20)).until(driver -> browser.has("who"));
    }

    /**
     * Ends the session as time does: the pages' session cookie and Keycloak's are gone (expired), the page stays
     * open with what was typed, and the browser keeps its other cookies (the CSRF cookie lives as long as it runs).
     */
    private static void endSession(Browser browser) {
        for (String name : browser.cookieNames()) {
            if (!name.equals("csrf-token") && !name.equals("lang")) {
                browser.deleteCookieEverywhere(name);
            }
        }
    }

    /** Types every field of {@code contribution} into the form, adding the rows it needs. */
    private static void fill(ContributionFormPage form, JsonNode contribution) {
        form.type("year", contribution.get("year").asText());
        form.choose("pillar", contribution.get("pillar").asText());
        form.choose("area", contribution.get("area").asText());
        form.type("areaName", contribution.get("areaName").asText());
        form.choose("language", contribution.get("language").asText());
        form.type("summary", contribution.get("summary").asText());
        texts(form, "outcomes", contribution.get("outcomes"));
        rows(form, "roles", contribution.get("roles"), "role");
        rows(form, "eventsHosted", contribution.get("eventsHosted"), "level");
        rows(form, "initiatives", contribution.get("initiatives"), "status");
        texts(form, "difficulties", contribution.get("difficulties"));
        texts(form, "recommendations", contribution.get("recommendations"));
        texts(form, "nextYear.priorities", contribution.at("/nextYear/priorities"));
        rows(form, "nextYear.plannedEvents", contribution.at("/nextYear/plannedEvents"), "level");
    }

    private static void texts(ContributionFormPage form, String group, JsonNode items) {
        for (int i = 0; i < items.size(); i++) {
            form.addRow(group);
            form.type(group + "[" + i + "]", items.get(i).asText());
        }
    }

    private static void rows(ContributionFormPage form, String group, JsonNode rows, String picked) {
        for (int i = 0; i < rows.size(); i++) {
            form.addRow(group);
            String row = group + "[" + i + "].";
            rows.get(i).fields().forEachRemaining(field -> {
                if (field.getKey().equals(picked)) {
                    form.choose(row + field.getKey(), field.getValue().asText());
                } else {
                    form.type(row + field.getKey(), field.getValue().asText());
                }
            });
        }
    }
}
