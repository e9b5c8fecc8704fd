package asean.review.report.rest;

import static asean.review.report.rest.Callers.office;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import asean.review.contract.Contribution;
import asean.review.contract.api.RegisteredContribution;
import asean.review.report.ExampleData;
import asean.review.contract.api.ReviewState;
import asean.review.report.client.RegistryClient;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(KeycloakTestResource.class)
class BriefResourceTest {

    private static final String HOSTILE = "<script>alert(1)</script> **bold** | cell | [x](http://evil) # h";

    private FakeRegistry registry;

    @BeforeEach
    void fakeRegistry() {
        registry = FakeRegistry.with2024Examples();
        QuarkusMock.installMockForType(registry, RegistryClient.class, RestClient.LITERAL);
    }

    @Test
    void markdownIsTheDefaultAndHasAllEightSections() {
        String md = office().get("/api/v1/briefs/2024")
                .then().statusCode(200)
                .contentType(startsWith("text/markdown"))
                .header("Content-Disposition", containsString("asean-review-2024.md"))
                .extract().asString();

        assertThat(md).containsSubsequence("## 1. ASEAN in 2024", "## 2. Participation by pillar",
                "## 3. Leadership roles", "## 4. Events hosted", "## 5. Initiatives",
                "## 6. Difficulties and recommendations", "## 7. Orientations for 2025",
                "## 8. Annex: submission status");
        assertThat(md).contains("| ASEAN Sustainable Finance Task Force | Co-chair | — | SBV | — |");
        assertThat(md).contains("Regional growth forecast: 4.5% in 2024, 4.7% in 2025");
        assertThat(md).contains("Data revision ");
    }

    @Test
    void formatIsChosenByAcceptOrByTheFormatParameter() {
        office().accept("text/html").get("/api/v1/briefs/2024")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<h2>3. Leadership roles</h2>"));
        office().accept("application/json").get("/api/v1/briefs/2024")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("year", equalTo(2024))
                .body("roles.find { it.mechanism == 'ASEAN Customs (Directors-General of Customs)' }.ministry.code",
                        equalTo("MOF"));
        office().accept("application/json").get("/api/v1/briefs/2024?format=html")
                .then().statusCode(200).contentType(startsWith("text/html"));
        office().get("/api/v1/briefs/2024?format=odt")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("md, html, json, pdf, docx"));
        office().accept("image/png").get("/api/v1/briefs/2024")
                .then().statusCode(406);
    }

    @Test
    void submittersTextIsNeverInterpreted() {
        registry.contributions.add(hostileContribution());

        String html = office().get("/api/v1/briefs/2024?format=html").then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        String md = office().get("/api/v1/briefs/2024?format=md").then().statusCode(200).extract().asString();
        assertThat(md).doesNotContain("<script>").doesNotContain("**bold**").doesNotContain("| cell |")
                .contains("\\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\| cell \\|");
        assertThat(md.lines().filter(l -> l.startsWith("| \\<script")))
                .as("the hostile mechanism stays one row of five cells")
                .singleElement().satisfies(row -> assertThat(row.split("(?<!\\\\)\\|")).hasSize(6));
    }

    private static RegisteredContribution hostileContribution() {
        Contribution c = new Contribution(2024, "MOH", "ASCC", "AHMM", null, HOSTILE, List.of(HOSTILE),
                List.of(new Contribution.Role(HOSTILE, "LEAD", null, null)), List.of(), List.of(), List.of(HOSTILE),
                List.of(), null, "en");
        return ExampleData.accepted(UUID.randomUUID(), 1, Instant.now(), c);
    }

    /** The office's user name is text like any other: escaped (the underscore) in Markdown, never interpreted. */
    @Test
    void theAnnexSaysWhoInTheOfficeEnteredAContributionOnItsMinistrysBehalf() {
        registry.enteredByTheOffice("MOF", "clerk_1@office");

        String md = office().get("/api/v1/briefs/2024").then().statusCode(200).extract().asString();
        String annex = md.substring(md.indexOf("## 8. Annex"));
        assertThat(annex.lines().filter(l -> l.contains("entered by the office"))).singleElement()
                .satisfies(row -> assertThat(row).startsWith("| Ministry of Finance (MOF) |")
                        .contains("| CUSTOMS v1, entered by the office (clerk\\_1@office), "));
        assertThat(md.substring(0, md.indexOf("## 8. Annex"))).doesNotContain("clerk");
        assertThat(office().get("/api/v1/briefs/2024?lang=vi").then().statusCode(200).extract().asString())
                .contains("| CUSTOMS v1, do Cơ quan điều phối nhập thay (clerk\\_1@office), ");
        assertThat(office().get("/api/v1/briefs/2024?format=html").then().statusCode(200).extract().asString())
                .contains("<td>CUSTOMS v1, entered by the office (clerk_1@office), ");
    }

    @Test
    void onlyAcceptedVersionsAreReportedAndTheAnnexListsTheOthers() {
        Contribution pending = new Contribution(2024, "MOH", "ASCC", "AHMM", null, "Pending health cooperation",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, "en");
        Contribution returned = new Contribution(2024, "MOET", "ASCC", "SOM-ED", null, "Returned education report",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, "en");
        registry.contributions.add(ExampleData.notAccepted(1, ReviewState.PENDING_REVIEW, pending));
        registry.contributions.add(ExampleData.notAccepted(2, ReviewState.RETURNED, returned));

        String md = office().get("/api/v1/briefs/2024").then().statusCode(200).extract().asString();
        assertThat(md).doesNotContain("Pending health cooperation", "Returned education report");
        String annex = md.substring(md.indexOf("### Not yet accepted by the office"));
        assertThat(annex).contains("| Ministry of Health (MOH) | AHMM | v1 | Pending review |",
                "| Ministry of Education and Training (MOET) | SOM-ED | v2 | Returned to the ministry |");
        assertThat(office().get("/api/v1/briefs/2024?lang=vi").then().extract().asString())
                .contains("Chưa được Cơ quan điều phối chấp nhận", "| v2 | Đã trả lại bộ, ngành |");
    }

    @Test
    void sameDataGivesTheSameRevisionAndNewDataANewOne() {
        String first = office().get("/api/v1/briefs/2024").then().extract().header("X-Brief-Revision");
        String again = office().get("/api/v1/briefs/2024").then().extract().header("X-Brief-Revision");
        registry.contributions.add(hostileContribution());
        String changed = office().get("/api/v1/briefs/2024").then().extract().header("X-Brief-Revision");

        assertThat(again).isEqualTo(first);
        assertThat(changed).isNotEqualTo(first);
    }

    @Test
    void vietnameseRenderingHasVietnameseTitlesLabelsAndDates() {
        String md = office().get("/api/v1/briefs/2024?lang=vi").then().statusCode(200)
                .header("Content-Language", "vi").extract().asString();
        assertThat(md).contains("# Tổng kết hợp tác ASEAN và sự tham gia của Việt Nam năm 2024, định hướng năm 2025")
                .containsSubsequence("## 1. ASEAN năm 2024", "## 2. Tham gia theo trụ cột",
                        "### Cộng đồng Chính trị - An ninh (APSC)",
                        "## 3. Vai trò chủ trì, điều phối", "## 4. Hội nghị, sự kiện đăng cai", "## 5. Sáng kiến",
                        "## 6. Khó khăn và kiến nghị", "## 7. Định hướng năm 2025",
                        "## 8. Phụ lục: tình hình gửi báo cáo")
                .contains("| ASEAN Sustainable Finance Task Force | Đồng Chủ tịch | — | SBV | — |")
                .contains("| 08/2024 | Đà Nẵng |", "Hạn gửi: 10/12/2024.", "Bộ Ngoại giao (MOFA)")
                .as("submitted text stays in the language it was written in")
                .contains("The State Bank of Viet Nam co-chaired the ASEAN Sustainable Finance Task Force.");

        String html = office().header("Accept-Language", "vi-VN, en;q=0.5").accept("text/html")
                .get("/api/v1/briefs/2024").then().statusCode(200).extract().asString();
        assertThat(html).contains("<html lang=\"vi\">", "<h2>3. Vai trò chủ trì, điều phối</h2>");
        office().get("/api/v1/briefs/2024?lang=fr").then().statusCode(400).body("detail", containsString("en, vi"));
    }

    @Test
    void unchangedDataGives304AndTheVerySameDocument() {
        String etag = office().get("/api/v1/briefs/2024").then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotBlank();
        office().header("If-None-Match", etag).get("/api/v1/briefs/2024").then().statusCode(304);
        assertThat(office().get("/api/v1/briefs/2024?format=html").then().extract().header("ETag")).isNotEqualTo(etag);
        assertThat(office().get("/api/v1/briefs/2024?lang=vi").then().extract().header("ETag")).isNotEqualTo(etag);

        String generated = office().get("/api/v1/briefs/2024?format=json").then().extract().path("generatedAt");
        assertThat(office().get("/api/v1/briefs/2024?format=json").then().extract().<String>path("generatedAt"))
                .as("not recompiled while the data are unchanged").isEqualTo(generated);

        registry.contributions.add(hostileContribution());
        String changed = office().header("If-None-Match", etag).get("/api/v1/briefs/2024")
                .then().statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }

    @Test
    void yearWithoutCycleSaysSo() {
        office().get("/api/v1/briefs/2025")
                .then().statusCode(200)
                .body(containsString("The reporting cycle for 2025 is not set"))
                .body(containsString("Malaysia"))
                .body(containsString("No leadership roles reported."))
                .body(not(containsString("Lao PDR")));
    }

    @Test
    void registryDownIsServiceUnavailable() {
        registry.down = true;
        office().get("/api/v1/briefs/2024")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("registry could not be reached"));
    }

    @Test
    void yearOutOfRangeIsBadRequest() {
        office().get("/api/v1/briefs/1999").then().statusCode(400).contentType("application/problem+json");
    }
}
