package asean.review.report.rest;

import static asean.review.report.rest.Callers.office;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import asean.review.report.SeedFacts;
import asean.review.report.client.RegistryClient;
import asean.review.report.render.PageImages;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/** The print formats, read back as the office's software would read them. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(KeycloakTestResource.class)
class BriefDocumentsTest {

    @BeforeEach
    void fakeRegistry() {
        QuarkusMock.installMockForType(FakeRegistry.with2024Examples(), RegistryClient.class, RestClient.LITERAL);
    }

    @Test
    void theAnnexOfThePdfAndTheDocxSaysWhoInTheOfficeEnteredAContributionOnItsMinistrysBehalf() throws IOException {
        QuarkusMock.installMockForType(FakeRegistry.with2024Examples().enteredByTheOffice("MOF", "clerk@office"),
                RegistryClient.class, RestClient.LITERAL);
        String mark = "CUSTOMS v1, entered by the office (clerk@office), ";
        try (PDDocument document = Loader.loadPDF(download("?format=pdf&on-behalf", "pdf"))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text.substring(text.indexOf("8. Annex"))).contains(mark);
            assertThat(text.substring(0, text.indexOf("8. Annex"))).doesNotContain("clerk@office");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download("?format=docx&on-behalf",
                "docx")))) {
            assertThat(new XWPFWordExtractor(docx).getText()).contains(mark);
        }
    }

    /** The document, also kept in target/briefs/ to be looked at (pdftoppm, Word). */
    private static byte[] download(String query, String extension) throws IOException {
        byte[] document = office().get("/api/v1/briefs/2024" + query)
                .then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"asean-review-2024." + extension))
                .extract().asByteArray();
        Path kept = Path.of("target", "briefs", "asean-review-2024" + query.replaceAll("[^a-z]+", "-") + "." + extension);
        Files.createDirectories(kept.getParent());
        Files.write(kept, document);
        return document;
    }

    @Test
    void pdfCarriesEverySeedFactWithDiacriticsInEmbeddedFonts() throws IOException {
        byte[] pdf = download("?format=pdf", "pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(
                    "Review of ASEAN cooperation and Viet Nam's participation in 2024, and orientations for 2025",
                    "Lao PDR", "ASEAN: Advancing Connectivity and Resilience",
                    "Regional growth forecast: 4.5% in 2024, 4.7% in 2025", "Đỗ Hùng Việt", "Hà Nội", "Đà Nẵng",
                    "ASEAN-EU economic relations", "ASEAN Customs (Directors-General of Customs)",
                    "ASEAN Sustainable Finance Task Force", "ASEAN-UK dialogue relations",
                    "ASEAN-New Zealand dialogue relations", "ASEAN Future Forum 2025",
                    "30th anniversary of Viet Nam's ASEAN membership", "8. Annex: submission status");
            assertThat(text).containsSubsequence("1. ASEAN in 2024", "2. Participation by pillar",
                    "3. Leadership roles", "4. Events hosted", "5. Initiatives",
                    "6. Difficulties and recommendations", "7. Orientations for 2025", "8. Annex");
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 width in points").isBetween(594f, 596f);
            assertThat(text).as("page numbers from the second page on").contains("2 / " + document.getNumberOfPages());
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded on page "
                            + document.getPages().indexOf(page)).isTrue();
                }
            }
        }
    }

    @Test
    void docxHasWordHeadingsRealTablesAndEverySeedFact() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download("?format=docx", "docx")))) {
            assertThat(headings(docx, "Heading1")).containsExactly("1. ASEAN in 2024", "2. Participation by pillar",
                    "3. Leadership roles", "4. Events hosted", "5. Initiatives", "6. Difficulties and recommendations",
                    "7. Orientations for 2025", "8. Annex: submission status");
            assertThat(headings(docx, "Heading2")).contains("Political-Security Community (APSC)",
                    "External relations (EXTERNAL)", "Difficulties", "Recommendations", "Priorities",
                    "Planned events");
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");

            List<XWPFTable> tables = docx.getTables();
            assertThat(tables).hasSize(5);
            assertThat(tables.get(0).getRow(0).getCell(0).getText()).isEqualTo("Mechanism");
            assertThat(tables.get(0).getText()).contains("ASEAN-EU economic relations", "MOIT",
                    "ASEAN Customs (Directors-General of Customs)", "ASEAN Sustainable Finance Task Force",
                    "Co-chair", "SBV", "ASEAN-UK dialogue relations", "ASEAN-New Zealand dialogue relations");
            assertThat(tables.get(1).getText()).contains("Đà Nẵng", "Hà Nội", "MOLISA");
            assertThat(tables.get(3).getText()).contains("ASEAN Future Forum 2025", "2025-02");

            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains("Lao PDR", "Regional growth forecast: 4.5% in 2024, 4.7% in 2025",
                    "Đỗ Hùng Việt", "30th anniversary of Viet Nam's ASEAN membership",
                    "inter-pillar coordination mechanism");
        }
    }

    @Test
    void vietnameseDocxHasVietnameseHeadings() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(
                new ByteArrayInputStream(download("?format=docx&lang=vi", "docx")))) {
            assertThat(headings(docx, "Heading1")).startsWith("1. ASEAN năm 2024", "2. Tham gia theo trụ cột",
                    "3. Vai trò chủ trì, điều phối");
            assertThat(docx.getTables().get(0).getText()).contains("Cơ chế", "Đồng Chủ tịch");
        }
    }

    private static List<String> headings(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(ints = { 2022, 2024 })
    void everySeedFactIsInItsSectionOfThePdfAndTheDocx(int year) throws IOException {
        QuarkusMock.installMockForType(FakeRegistry.withExamples(year), RegistryClient.class, RestClient.LITERAL);
        byte[] pdf = office().get("/api/v1/briefs/" + year + "?format=pdf").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String body = text.substring(text.indexOf("1. ASEAN in " + year));
            SeedFacts.assertInTheirSections(year, body, SeedFacts.englishSections(year));
        }
        byte[] docx = office().get("/api/v1/briefs/" + year + "?format=docx").then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(document).getText();
            SeedFacts.assertInTheirSections(year, text.substring(text.indexOf("1. ASEAN in " + year)),
                    SeedFacts.englishSections(year));
        }
    }

    @Test
    void the2022BriefInIndonesianCarriesTheSeedsFactsUnderIndonesianTitlesInEveryFormat() throws IOException {
        QuarkusMock.installMockForType(FakeRegistry.withExamples(2022), RegistryClient.class, RestClient.LITERAL);
        String title = "Tinjauan kerja sama ASEAN dan partisipasi Viet Nam pada tahun 2022, serta orientasi untuk "
                + "tahun 2023";
        try (PDDocument document = Loader.loadPDF(office().get("/api/v1/briefs/2022?format=pdf&lang=id").then()
                .statusCode(200).header("Content-Language", "id").extract().asByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", " ")).contains(title, "Tuan rumah", "Tingkat menteri", "Diusulkan", "Tepat waktu");
            SeedFacts.assertInTheirSections(2022, text.substring(text.indexOf("1. ASEAN pada tahun 2022")),
                    SeedFacts.indonesianSections(2022));
            PageImages.keep(document, "asean-review-2022-id");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(office()
                .get("/api/v1/briefs/2022?format=docx&lang=id").then().statusCode(200).extract().asByteArray()))) {
            assertThat(headings(docx, "Heading1")).isEqualTo(SeedFacts.indonesianSections(2022));
        }
        String markdown = office().get("/api/v1/briefs/2022?lang=id").then().statusCode(200).extract().asString();
        SeedFacts.assertInTheirSections(2022, markdown.replace("\\", ""), SeedFacts.indonesianSections(2022));
        assertThat(office().accept("text/html").header("Accept-Language", "id")
                .get("/api/v1/briefs/2022").then().statusCode(200).extract().asString())
                .contains("<html lang=\"id\">", "<h2>3. Peran kepemimpinan</h2>");
    }

    @Test
    void vietnamesePdfHasVietnameseTitles() throws IOException {
        byte[] pdf = download("?format=pdf&lang=vi", "pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Tổng kết hợp tác ASEAN và sự tham gia của Việt Nam năm 2024",
                    "3. Vai trò chủ trì, điều phối", "Đồng Chủ tịch", "Bộ Ngoại giao (MOFA)");
        }
    }
}
