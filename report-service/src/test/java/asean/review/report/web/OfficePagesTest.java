package asean.review.report.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import asean.review.report.client.RegistryClient;
import asean.review.report.rest.FakeRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The office's pages over HTTP, the registry a stand-in (the whole-year browser test runs the real one): who may
 * open them, what a person gets when something is refused or down, CSRF on their forms, the cycle form's checks.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(KeycloakTestResource.class)
class OfficePagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private FakeRegistry registry;

    @BeforeEach
    void fakeRegistry() {
        registry = FakeRegistry.with2024Examples();
        QuarkusMock.installMockForType(registry, RegistryClient.class, RestClient.LITERAL);
    }

    @Test
    void theOfficeSeesTheDashboardOfTheYearInVietnameseByDefault() {
        office().get("/years/2024").then().statusCode(200)
                .body(containsString("Tình hình báo cáo năm 2024"))
                .body(containsString("hx-get=\"/years/2024/status\""));
        office().get("/years/2024/status").then().statusCode(200)
                .body(containsString("data-test=\"status\"")).body(not(containsString("<html")));
    }

    @Test
    void aMinistryOfficerIsToldThesePagesAreTheOfficesAndSeesNothingOfThem() {
        given().auth().oauth2(TestTokens.submitter("MOH")).get("/years/2024/reviews").then().statusCode(403)
                .body(containsString("Các trang này dành cho Cơ quan điều phối quốc gia"))
                .body(not(containsString("MOFA")));
    }

    @Test
    void aPageWithoutSignInGoesToKeycloakWhileTheApiAnswers401() {
        given().redirects().follow(false).get("/years/2024").then().statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
        given().get("/api/v1/briefs/2024").then().statusCode(401);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedWithAPage() {
        office().contentType("application/x-www-form-urlencoded").formParam("deadline", "2024-11-30")
                .formParam("expected", "MOFA").post("/years/2024/cycle")
                .then().statusCode(403).body(containsString("Không thể chấp nhận biểu mẫu"));
        assertThat(registry.cycles().get(0).deadline()).as("nothing changed")
                .isNotEqualTo(java.time.LocalDate.parse("2024-11-30"));
    }

    @Test
    void aFileUploadedWithoutItsCsrfTokenIsRefusedWithAPage() {
        office().multiPart("year", "2023")
                .multiPart("file", "2023.json", "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json")
                .post("/import")
                .then().statusCode(403).body(containsString("Không thể chấp nhận biểu mẫu"));
    }

    @Test
    void aFileThatIsNotJsonIsRefusedBesideItsFieldAndTheYearKept() {
        Response form = office().get("/import");
        form.then().statusCode(200).body(containsString("name=\"file\""));
        office().cookie("office-csrf-token", form.getCookie("office-csrf-token"))
                .multiPart("csrf-token", csrf(form.asString())).multiPart("year", "2023")
                .multiPart("file", "2023.json", "year,ministry".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "application/json")
                .post("/import")
                .then().statusCode(400).body(containsString("Tệp không phải là JSON"))
                .body(containsString("value=\"2023\""));
    }

    @Test
    void aFormPostedToTheApiIsAProblemNotAPage() {
        office().contentType("application/x-www-form-urlencoded").formParam("year", "2024")
                .post("/api/v1/briefs/2024/editions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("the API takes JSON, or no body, never a form"));
    }

    @Test
    void theCycleFormSaysWhatIsMissingAndKeepsWhatWasTyped() {
        Response form = office().get("/years/2026/cycle");
        form.then().statusCode(200).body(containsString("value=\"Philippines\""));
        String body = office().cookie("office-csrf-token", form.getCookie("office-csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf(form.asString()))
                .formParam("theme", "Chủ đề đã sửa").formParam("deadline", "")
                .post("/years/2026/cycle")
                .then().statusCode(400).extract().asString();
        assertThat(body).contains("Nhập hạn nộp", "Chọn ít nhất một bộ, ngành phải báo cáo", "Chủ đề đã sửa");
    }

    @Test
    void theCycleFormShowsTheReminderDaysRefusesWhatIsNotADayAndSavesThem() {
        Response form = office().get("/years/2026/cycle");
        form.then().statusCode(200).body(containsString("value=\"14, 7, 1\""));
        String body = office().cookie("office-csrf-token", form.getCookie("office-csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf(form.asString())).formParam("deadline", "2026-12-10")
                .formParam("expected", "MOFA").formParam("reminderDays", "10, ba ngày, 0")
                .post("/years/2026/cycle")
                .then().statusCode(400).extract().asString();
        assertThat(body).contains("Nhập số ngày là số nguyên từ 1 đến 365", "href=\"#reminderDays\"",
                "value=\"10, ba ngày, 0\"");

        Response again = office().get("/years/2026/cycle");
        office().cookie("office-csrf-token", again.getCookie("office-csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf(again.asString())).formParam("deadline", "2026-12-10")
                .formParam("expected", "MOFA").formParam("reminderDays", " 3, 10,3 ")
                .post("/years/2026/cycle")
                .then().statusCode(303);
        assertThat(registry.cycles().get(0).reminderDays()).containsExactly(10, 3);
        office().get("/years/2026/cycle").then().body(containsString("value=\"10, 3\""));
    }

    @Test
    void theRegistryDownIsAPageThatSaysNothingWasLost() {
        registry.down = true;
        office().get("/years/2024/brief").then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("Không có dữ liệu nào bị mất"));
        office().get("/api/v1/briefs/2024").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void aNoticeNamedInTheAddressIsShownOnlyIfTheOfficeKnowsIt() {
        office().get("/people?ministry=MOH&done=moved-abc").then().statusCode(200)
                .body(not(containsString("data-test=\"done\"")));
        office().get("/people?ministry=MOH&done=moved-3").then().statusCode(200)
                .body(containsString("Đã chuyển 3 cán bộ."));
    }

    private static RequestSpecification office() {
        return given().auth().oauth2(TestTokens.coordinator()).redirects().follow(false);
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the form").isTrue();
        return matcher.group(1);
    }
}
