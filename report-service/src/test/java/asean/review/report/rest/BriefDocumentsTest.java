package asean.review.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import asean.review.report.client.RegistryClient;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/** The print formats, read back as the office's software would read them. */
@QuarkusTest
class BriefDocumentsTest {

    @BeforeEach
    void fakeRegistry() {
        QuarkusMock.installMockForType(FakeRegistry.with2024Examples(), RegistryClient.class, RestClient.LITERAL);
    }

    private static byte[] download(String query, String extension) {
        return given().get("/api/v1/briefs/2024" + query)
                .then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"asean-review-2024." + extension))
                .extract().asByteArray();
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
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
        }
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
