package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.stack.web.Browser;
import asean.review.stack.web.ContributionFormPage;
import asean.review.stack.web.KeycloakSignInPage;

/**
 * The office's year in a real headless Chromium, across both portals, against the whole stack: the office opens the
 * cycle; two ministries submit while the dashboard follows; one is returned with a message; its officer reads it in
 * the ministries' pages and amends (two rows of one list swapped, one row of another edited); the office sees only
 * those rows marked and accepts; the dashboard shows the ministry still missing; the brief is previewed, a statement
 * followed to its source, downloaded in PDF and DOCX (the accepted text in them, the returned draft's not) and
 * frozen. A ministry's officer who opens an office page is refused; an officer the office adds in its pages signs in
 * and submits. axe-core on every page; screenshots in
 * {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeYearBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = 2025;
    private static final Duration SOON = Duration.ofSeconds(30);
    private static final String RETURNED_TEXT = "Mô tả ban đầu của bản nháp bị trả lại";
    private static final String ACCEPTED_TEXT = "Mô tả đã bổ sung theo yêu cầu của Cơ quan điều phối";
    private static final String RETURN_MESSAGE = "Xin bổ sung mô tả sáng kiến an ninh mạng.";
    private static final String MOFA = """
            {"year": 2025, "ministry": "MOFA", "pillar": "APSC", "area": "SOM",
             "summary": "Bộ Ngoại giao chủ trì tham vấn SOM và điều phối lập trường của Việt Nam.",
             "eventsHosted": [
               {"name": "Hội thảo an ninh biển", "date": "2025-03-12", "city": "Đà Nẵng", "level": "SENIOR_OFFICIALS"},
               {"name": "Diễn đàn hợp tác số", "date": "2025-05-20", "city": "Hà Nội", "level": "WORKING"},
               {"name": "Hội nghị thanh niên ASEAN", "date": "2025-07-02", "city": "Huế", "level": "WORKING"},
               {"name": "Tọa đàm pháp luật", "date": "2025-09-15", "city": "Cần Thơ", "level": "WORKING"}],
             "initiatives": [
               {"title": "Sáng kiến kinh tế số", "status": "ADOPTED", "description": "Được thông qua tại AMM."},
               {"title": "Sáng kiến an ninh mạng", "status": "PROPOSED", "description": "%s"},
               {"title": "Sáng kiến thanh niên", "status": "IN_PROGRESS", "description": "Đang triển khai."}],
             "language": "vi"}
            """.formatted(RETURNED_TEXT);
    private static final String MOH = """
            {"year": 2025, "ministry": "MOH", "pillar": "ASCC", "area": "AHMM",
             "summary": "Bộ Y tế tham dự Hội nghị Bộ trưởng Y tế ASEAN.",
             "outcomes": ["Tuyên bố chung về an ninh y tế"], "language": "vi"}
            """;

    private static StackClient stack;
    private static String office;
    private static String ministries;

    @BeforeAll
    static void startStack() {
        stack = StackClient.start("office-year");
        office = stack.url("report-service");
        ministries = stack.url("ingest-service");
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    @Order(1)
    void theOfficeOpensTheCycleOfTheYear() throws IOException {
        try (Browser browser = Browser.open()) {
            signIn(browser, office + "/", "coordinator@office", "local-office");
            assertThat(browser.url()).as("no cycle yet: the list of years").endsWith("/years");
            browser.checkAccessibility("the years, none open");
            browser.screenshots("office-years");

            WebElement year = browser.driver().findElement(By.id("year"));
            year.clear();
            year.sendKeys(String.valueOf(YEAR));
            browser.find("open-cycle-submit").click();
            browser.waiting(SOON).until(driver -> browser.has("cycle-form"));
            assertThat(browser.driver().findElement(By.id("chair")).getDomProperty("value"))
                    .as("the chair of the reference data").isEqualTo("Malaysia");
            for (WebElement box : browser.driver().findElements(By.name("expected"))) {
                boolean wanted = Set.of("MOFA", "MOH", "MOIT").contains(box.getDomAttribute("value"));
                if (box.isSelected() != wanted) {
                    box.click();
                }
            }
            browser.find("save-cycle").click();
            browser.waiting(SOON).until(driver -> browser.has("error-summary"));
            assertThat(browser.find("error-summary").getText()).contains("Nhập hạn nộp");
            browser.checkAccessibility("the cycle form with an error");
            browser.screenshots("office-cycle-error");

            LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20);
            browser.script("arguments[0].value = arguments[1];", browser.find("deadline"), deadline.toString());
            browser.find("save-cycle").click();
            browser.waiting(SOON).until(driver -> browser.has("saved"));
            assertThat(browser.find("days-left").getText()).contains("20");
            assertThat(browser.find("count-MISSING").getText()).startsWith("3");
            browser.checkAccessibility("the dashboard of a new cycle");
            browser.screenshots("office-dashboard-new");
        }
        HttpResponse<String> cycle = stack.office("GET", "registry-service", "/api/v1/cycles/" + YEAR, null);
        assertThat(JSON.readTree(cycle.body()).get("expectedMinistries")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("MOFA", "MOH", "MOIT");
    }

    @Test
    @Order(2)
    void twoMinistriesSubmitAndTheOpenDashboardFollowsByItself() {
        try (Browser browser = Browser.open()) {
            signIn(browser, office + "/years/" + YEAR, "coordinator@office", "local-office");
            assertThat(browser.find("ministry-MOH").getDomAttribute("data-state")).isEqualTo("MISSING");

            submit("MOH", MOH);
            submit("MOFA", MOFA);
            browser.waiting(Duration.ofSeconds(60)).until(driver ->
                    "PENDING_REVIEW".equals(browser.find("ministry-MOH").getDomAttribute("data-state"))
                    && "PENDING_REVIEW".equals(browser.find("ministry-MOFA").getDomAttribute("data-state")));
            assertThat(browser.url()).as("never reloaded").endsWith("/years/" + YEAR);
            assertThat(browser.find("count-PENDING_REVIEW").getText()).startsWith("2");
            browser.checkAccessibility("the dashboard, two waiting for review");
            browser.screenshots("office-dashboard-waiting");
        }
    }

    @Test
    @Order(3)
    void theOfficeReturnsOneWithAMessageAndAcceptsTheOther() {
        try (Browser browser = Browser.open()) {
            signIn(browser, office + "/years/" + YEAR + "/reviews", "coordinator@office", "local-office");
            assertThat(browser.has("queue-MOFA-SOM")).isTrue();
            assertThat(browser.has("queue-MOH-AHMM")).isTrue();
            browser.checkAccessibility("the review queue");
            browser.screenshots("office-queue");

            browser.find("queue-MOFA-SOM").findElement(By.tagName("a")).click();
            browser.waiting(SOON).until(driver -> browser.has("decision"));
            assertThat(browser.find("diff").getText()).contains("Phiên bản đầu");
            browser.find("decision-return").click();
            browser.find("review-submit").click();
            browser.waiting(SOON).until(driver -> browser.has("error-summary"));
            assertThat(browser.find("error-summary").getText()).contains("lời nhắn");
            browser.checkAccessibility("the decision without its message");
            browser.screenshots("office-review-error");

            browser.find("review-message-input").sendKeys(RETURN_MESSAGE);
            browser.find("review-submit").click();
            browser.waiting(SOON).until(driver -> browser.has("reviewed"));
            assertThat(browser.find("state").getText()).isEqualTo("Đã trả lại");

            browser.go(office + "/years/" + YEAR + "/contributions/MOH/AHMM");
            browser.find("decision-accept").click();
            browser.find("review-submit").click();
            browser.waiting(SOON).until(driver -> browser.has("reviewed"));
            assertThat(browser.find("state").getText()).isEqualTo("Đã chấp nhận");
        }
    }

    @Test
    @Order(4)
    void theOfficerReadsTheMessageInTheMinistriesPagesAndAmends() {
        try (Browser browser = Browser.open()) {
            signIn(browser, ministries + "/", "officer@mofa", "local-mofa");
            assertThat(browser.find("return-message").getText()).isEqualTo(RETURN_MESSAGE);
            browser.find("amend-" + YEAR + "-SOM").click();
            ContributionFormPage form = new ContributionFormPage(browser);
            swapEvents(form, 0, 1);
            form.type("initiatives[1].description", ACCEPTED_TEXT);
            form.submit();
            browser.waiting(Duration.ofSeconds(60)).until(driver -> browser.has("submission-status")
                    && "REGISTERED".equals(browser.find("submission-status").getDomAttribute("data-state")));
        }
    }

    @Test
    @Order(5)
    void theOfficeSeesOnlyTheSwappedAndEditedRowsMarkedAndAccepts() {
        try (Browser browser = Browser.open()) {
            signIn(browser, office + "/years/" + YEAR + "/contributions/MOFA/SOM", "coordinator@office",
                    "local-office");
            assertThat(browser.find("diff-summary").getText()).contains("2");
            List<WebElement> marked = browser.driver().findElements(
                    By.cssSelector("[data-test^='row-'][data-state]:not([data-state='UNCHANGED'])"));
            assertThat(marked).extracting(row -> row.getDomAttribute("data-test"))
                    .as("the swapped events and the edited initiative, nothing else")
                    .isNotEmpty()
                    .allMatch(test -> Set.of("row-eventsHosted-1", "row-eventsHosted-2", "row-initiatives-2")
                            .contains(test))
                    .contains("row-initiatives-2");
            assertThat(marked).filteredOn(row -> row.getDomAttribute("data-test").startsWith("row-eventsHosted"))
                    .isNotEmpty()
                    .allMatch(row -> "MOVED".equals(row.getDomAttribute("data-state")));
            WebElement edited = browser.find("row-initiatives-2");
            assertThat(edited.getDomAttribute("data-state")).isEqualTo("CHANGED");
            assertThat(edited.findElements(By.cssSelector("[data-changed='true']")))
                    .extracting(cell -> cell.getDomAttribute("data-test")).containsExactly("cell-description");
            assertThat(browser.driver().findElements(By.cssSelector(".diff-section[data-changed='true']")))
                    .extracting(section -> section.getDomAttribute("data-test"))
                    .containsExactlyInAnyOrder("diff-eventsHosted", "diff-initiatives");
            browser.checkAccessibility("an amendment beside the returned version");
            browser.screenshots("office-diff");

            browser.find("decision-accept").click();
            browser.find("review-submit").click();
            browser.waiting(SOON).until(driver -> browser.has("reviewed"));
            String activity = browser.find("activity").getText();
            assertThat(activity).contains("Đã gửi bản sửa đổi", "Bị trả lại kèm lời nhắn", RETURN_MESSAGE,
                    "Được chấp nhận", "officer@mofa", "coordinator@office");
            browser.screenshots("office-accepted-activity");
        }
    }

    @Test
    @Order(6)
    void theDashboardShowsTheMinistryStillMissingAndExportsTheYear() throws IOException {
        try (Browser browser = Browser.open()) {
            signIn(browser, office + "/years/" + YEAR, "coordinator@office", "local-office");
            assertThat(browser.find("ministry-MOIT").getDomAttribute("data-state")).isEqualTo("MISSING");
            assertThat(browser.find("count-MISSING").getText()).startsWith("1");
            assertThat(browser.find("count-ON_TIME").getText()).startsWith("2");
            browser.checkAccessibility("the dashboard, one missing");
            browser.screenshots("office-dashboard-missing");
            assertThat(browser.find("on-behalf-MOIT").getDomProperty("href"))
                    .as("the office enters a signed letter with the ministries' form")
                    .isEqualTo(ministries + "/on-behalf/MOIT");
            browser.find("on-behalf-MOIT").click();
            browser.waiting(SOON).until(driver -> browser.has("on-behalf-banner"));
            assertThat(browser.find("on-behalf-banner").getText()).contains("Bộ Công Thương");
            browser.go(office + "/years/" + YEAR);

            String audit = new String(browser.download(browser.find("export-audit-csv").getDomProperty("href")),
                    StandardCharsets.UTF_8);
            assertThat(audit).as("the audit trail as CSV").contains("RETURNED", RETURN_MESSAGE, "coordinator@office");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    browser.download(browser.find("export-all-xlsx").getDomProperty("href"))))) {
                assertThat(workbook.getSheetAt(0).getLastRowNum()).as("every version: MOFA's two, MOH's one")
                        .isEqualTo(3);
            }

            browser.find("nav-dead-letters").click();
            browser.waiting(SOON).until(driver -> browser.has("no-dead-letters"));
            stack.produce("contributions.submitted", YEAR + ":MOIT:AEM", "{\"schemaVersion\": 2, \"broken");
            browser.waiting(Duration.ofSeconds(60)).until(driver -> {
                browser.go(office + "/dead-letters");
                return browser.has("replay");
            });
            assertThat(browser.find("reason").getText()).isNotBlank();
            browser.checkAccessibility("a dead letter");
            browser.screenshots("office-dead-letter");
            browser.find("replay").click();
            browser.waiting(SOON).until(driver -> browser.has("replayed"));
            assertThat(browser.find("replayed-by").getText()).contains("coordinator@office");
        }
    }

    @Test
    @Order(7)
    void theOfficePreviewsTheBriefFollowsAStatementToItsSourceDownloadsItAndFreezesAnEdition() throws IOException {
        try (Browser browser = Browser.open()) {
            signIn(browser, office + "/years/" + YEAR + "/brief", "coordinator@office", "local-office");
            String preview = browser.find("brief-preview").getText();
            assertThat(preview).contains(ACCEPTED_TEXT).doesNotContain(RETURNED_TEXT);
            browser.checkAccessibility("the brief's preview");
            browser.screenshots("office-brief");

            String pdfUrl = browser.find("download-pdf").getDomProperty("href");
            String docxUrl = browser.find("download-docx").getDomProperty("href");
            assertThat(pdfText(browser.download(pdfUrl))).contains(ACCEPTED_TEXT).doesNotContain(RETURNED_TEXT);
            assertThat(docxText(browser.download(docxUrl))).contains(ACCEPTED_TEXT).doesNotContain(RETURNED_TEXT);

            browser.driver().findElement(By.cssSelector("#initiatives a.source")).click();
            browser.waiting(SOON).until(driver -> browser.url().contains("/contributions/MOFA/SOM"));
            assertThat(browser.url()).endsWith("?version=2");

            browser.go(office + "/years/" + YEAR + "/brief");
            browser.find("freeze-button").click();
            browser.waiting(SOON).until(driver -> browser.has("edition-notice"));
            assertThat(browser.url()).contains("/editions/1");
            assertThat(browser.find("editions").getText()).contains("coordinator@office");
            browser.checkAccessibility("an edition");
            browser.screenshots("office-edition");
        }
    }

    @Test
    @Order(8)
    void aMinistryOfficerWhoOpensAnOfficePageIsRefused() {
        try (Browser browser = Browser.open()) {
            signIn(browser, ministries + "/", "officer@moh", "local-moh");
            browser.go(office + "/years/" + YEAR + "/reviews");
            browser.waiting(SOON).until(driver -> browser.has("error-title"));
            assertThat(browser.find("error-title").getText()).contains("Cơ quan điều phối");
            assertThat(browser.text()).doesNotContain("MOFA");
            browser.checkAccessibility("the refusal of a ministry's officer");
            browser.screenshots("office-refused");
        }
    }

    @Test
    @Order(9)
    void theOfficeAddsAnOfficerInItsPagesWhoSignsInAndSubmits() {
        String password;
        try (Browser browser = Browser.open()) {
            signIn(browser, office + "/people?ministry=MOIT", "coordinator@office", "local-office");
            assertThat(browser.has("officer-officer@moit")).isTrue();
            browser.checkAccessibility("the officers of a ministry");
            browser.find("new-firstName").sendKeys("Lan");
            browser.find("new-lastName").sendKeys("Nguyễn Thị");
            browser.find("new-email").sendKeys("lan.nguyen@moit.example.gov.vn");
            new Select(browser.find("new-ministry")).selectByValue("MOIT");
            browser.find("new-deputy").click();
            browser.find("add-officer-submit").click();
            browser.waiting(SOON).until(driver -> browser.has("one-time-password"));
            password = browser.find("password").getText();
            assertThat(browser.has("officer-lan.nguyen@moit.example.gov.vn")).isTrue();
            browser.checkAccessibility("an officer added, the one-time password shown");
            browser.screenshots("office-people-added");
        }
        try (Browser browser = Browser.open()) {
            browser.go(ministries + "/");
            KeycloakSignInPage keycloak = new KeycloakSignInPage(browser);
            assertThat(keycloak.awaitShown()).isTrue();
            keycloak.signIn("lan.nguyen@moit.example.gov.vn", password);
            keycloak.chooseOwnPassword("her-own-password-2025");
            browser.waiting(SOON).until(driver -> browser.has("who"));
            assertThat(browser.find("who").getText()).contains("(MOIT)");

            browser.find("new-contribution").click();
            ContributionFormPage form = new ContributionFormPage(browser);
            form.type("year", String.valueOf(YEAR));
            form.choose("pillar", "AEC");
            form.choose("area", "AEM");
            form.type("summary", "Bộ Công Thương tham dự Hội nghị Bộ trưởng Kinh tế ASEAN.");
            form.submit();
            browser.waiting(Duration.ofSeconds(60)).until(driver -> browser.has("submission-status")
                    && "REGISTERED".equals(browser.find("submission-status").getDomAttribute("data-state")));
        }
        HttpResponse<String> versions = stack.office("GET", "registry-service",
                "/api/v1/contributions/" + YEAR + "/MOIT/AEM/versions", null);
        assertThat(versions.body()).contains("\"submittedBy\":\"lan.nguyen@moit.example.gov.vn\"");
    }

    @Test
    @Order(10)
    void theOfficeImportsThePastYearFromAFileAndTheBriefComparesWithItInWordsAndCharts() throws IOException {
        String mae = """
                [{"year": 2024, "ministry": "MAE", "pillar": "ASCC", "area": "OTHER", "areaName": "Môi trường",
                  "summary": "MAE chưa tồn tại năm 2024."}]
                """;
        String file = """
                [{"year": 2024, "ministry": "MOFA", "pillar": "APSC", "area": "SOM",
                  "summary": "Bộ Ngoại giao điều phối quan hệ ASEAN - Anh.",
                  "roles": [{"mechanism": "ASEAN-UK dialogue relations", "role": "COUNTRY_COORDINATOR"}],
                  "language": "vi"},
                 {"year": 2024, "ministry": "MOLISA", "pillar": "ASCC", "area": "OTHER", "areaName": "Phúc lợi xã hội",
                  "summary": "Bộ Lao động - Thương binh và Xã hội đăng cai hội nghị về kinh tế chăm sóc.",
                  "language": "vi"}]
                """;
        try (Browser browser = Browser.open()) {
            signIn(browser, office + "/import", "coordinator@office", "local-office");
            browser.checkAccessibility("the import of a past year");
            clearAndType(browser.find("import-year"), "2024");
            browser.find("import-file").sendKeys(written("ministry-that-did-not-exist.json", mae));
            browser.find("import-submit").click();
            browser.waiting(SOON).until(driver -> browser.has("import-problems"));
            assertThat(browser.find("import-problems").getText()).contains("[0].ministry", "MAE");
            browser.checkAccessibility("an import refused, what is wrong where");
            browser.screenshots("office-import-refused");

            clearAndType(browser.find("import-year"), "2024");
            browser.find("import-file").sendKeys(written("2024.json", file));
            browser.find("import-submit").click();
            browser.waiting(SOON).until(driver -> browser.has("imported"));
            assertThat(browser.find("imported").getText())
                    .contains("Đã nhập 2 báo cáo năm 2024; 0 báo cáo đã có sẵn, không thay đổi.");
            browser.screenshots("office-imported");

            browser.find("imported-brief").click();
            browser.waiting(SOON).until(driver -> browser.has("brief-preview"));
            assertThat(browser.find("brief-preview").getText()).contains("So với năm 2024",
                    "ASEAN-UK dialogue relations: Nước điều phối (MOFA)",
                    "Bộ Lao động - Thương binh và Xã hội (MOLISA), đã hợp nhất vào Bộ Nội vụ (MOHA)");
            assertThat(browser.driver().findElements(By.cssSelector("[data-test=brief-preview] svg[role=img]")))
                    .as("participation, events by month, completeness").hasSize(3);
            browser.checkAccessibility("the brief with its comparison and charts");
            browser.screenshots("office-brief-compared");
        }
    }

    private static void clearAndType(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static String written(String name, String content) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("import").resolve(name);
        java.nio.file.Files.writeString(file, content);
        return file.toAbsolutePath().toString();
    }

    private static void submit(String ministry, String json) {
        HttpResponse<String> accepted = stack.call(stack.token("submitter", ministry), "POST", "ingest-service",
                "/api/v1/contributions", json);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    }

    /** Swaps two rows of the events hosted as an officer does in the form: by typing each into the other. */
    private static void swapEvents(ContributionFormPage form, int first, int second) {
        for (String field : List.of("name", "date", "city")) {
            String a = form.value("eventsHosted[" + first + "]." + field);
            String b = form.value("eventsHosted[" + second + "]." + field);
            form.type("eventsHosted[" + first + "]." + field, b);
            form.type("eventsHosted[" + second + "]." + field, a);
        }
        String a = form.value("eventsHosted[" + first + "].level");
        String b = form.value("eventsHosted[" + second + "].level");
        form.choose("eventsHosted[" + first + "].level", b);
        form.choose("eventsHosted[" + second + "].level", a);
    }

    private static void signIn(Browser browser, String url, String username, String password) {
        browser.go(url);
        KeycloakSignInPage keycloak = new KeycloakSignInPage(browser);
        assertThat(keycloak.awaitShown()).as("sent to Keycloak from %s: %s", browser.url(), browser.text()).isTrue();
        keycloak.signIn(username, password);
        browser.waiting(SOON).until(driver -> browser.has("who") || browser.has("error-title"));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
