package asean.review.report.rest;

import static asean.review.report.rest.Callers.office;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.Review;
import asean.review.contract.api.ReviewState;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.report.ExampleData;
import asean.review.report.client.RegistryClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The exports over HTTP, from the 2024 example data in which MOF's CUSTOMS contribution was returned once and
 * accepted as version 2. Who may call them: {@link ReportAccessTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(KeycloakTestResource.class)
class ExportResourceTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FakeRegistry registry;

    @BeforeEach
    void fakeRegistry() {
        registry = FakeRegistry.with2024Examples();
        RegisteredContribution customs = registry.contributions.stream()
                .filter(c -> c.contribution().ministry().equals("MOF") && c.contribution().area().equals("CUSTOMS"))
                .findFirst().orElseThrow();
        registry.contributions.remove(customs);
        registry.superseded.add(new RegisteredContribution(customs.submissionId(), 1, customs.submittedAt(),
                customs.registeredAt(), customs.submittedBy(), false, new Review(ReviewState.RETURNED, "Name the term",
                        "coordinator@office", customs.registeredAt().plusSeconds(600)), customs.contribution()));
        registry.contributions.add(new RegisteredContribution(UUID.randomUUID(), 2,
                customs.submittedAt().plusSeconds(3600), customs.registeredAt().plusSeconds(3600),
                customs.submittedBy(), false, customs.review(), customs.contribution()));
        QuarkusMock.installMockForType(registry, RegistryClient.class, RestClient.LITERAL);
    }

    private static byte[] download(String path, String mediaType, String fileName) {
        return office().get(path).then().statusCode(200)
                .contentType(containsString(mediaType))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + fileName + "\""))
                .extract().asByteArray();
    }

    private static XSSFWorkbook workbook(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> csvLines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return List.of(text.substring(1).split("\r\n"));
    }

    @Test
    void theLatestAcceptedVersionsByDefaultAsAnXlsxAttachment() throws IOException {
        byte[] xlsx = download("/api/v1/exports/2024/contributions.xlsx", XLSX,
                "asean-review-2024-contributions.xlsx");
        XSSFWorkbook workbook = workbook(xlsx);
        Sheet versions = workbook.getSheet("Contributions");
        assertThat(versions.getLastRowNum()).isEqualTo(registry.contributions.size());
        assertThat(versions.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Submitted at (Asia/Ho_Chi_Minh)");
        assertThat(versions.getRow(1).getCell(6).getLocalDateTimeCellValue()).as("09:59 in Hà Nội, 02:59 UTC")
                .isEqualTo(LocalDateTime.ofInstant(ExampleData.REGISTERED.minusSeconds(60), ZoneOffset.ofHours(7)));
        DataFormatter shown = new DataFormatter();
        assertThat(workbook.getSheet("Events hosted")).as("the cities of the events hosted")
                .anyMatch(row -> shown.formatCellValue(row.getCell(7)).equals("Đà Nẵng"));
    }

    @Test
    void everyVersionWithVersionsAllMoreRowsThanAccepted() throws IOException {
        Sheet accepted = workbook(download("/api/v1/exports/2024/contributions.xlsx?versions=accepted", XLSX,
                "asean-review-2024-contributions.xlsx")).getSheet("Contributions");
        Sheet all = workbook(download("/api/v1/exports/2024/contributions.xlsx?versions=all", XLSX,
                "asean-review-2024-contributions-all-versions.xlsx")).getSheet("Contributions");
        assertThat(all.getLastRowNum()).isEqualTo(accepted.getLastRowNum() + 1);

        List<String> csv = csvLines(download("/api/v1/exports/2024/contributions.csv?versions=all", "text/csv",
                "asean-review-2024-contributions-all-versions.csv"));
        assertThat(csv.stream().filter(line -> line.startsWith("2024,MOF,AEC,CUSTOMS,,")))
                .as("both versions of MOF's CUSTOMS contribution, in order")
                .satisfiesExactly(v1 -> assertThat(v1).startsWith("2024,MOF,AEC,CUSTOMS,,1,").contains(",RETURNED,"),
                        v2 -> assertThat(v2).startsWith("2024,MOF,AEC,CUSTOMS,,2,").contains(",ACCEPTED,"));
        office().get("/api/v1/exports/2024/contributions.xlsx?versions=latest")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("unknown versions 'latest'; use accepted or all"));
    }

    @Test
    void csvWithVietnameseHeadersForLangVi() {
        byte[] csv = download("/api/v1/exports/2024/contributions.csv?lang=vi", "text/csv",
                "asean-review-2024-contributions.csv");
        assertThat(csvLines(csv).get(0)).startsWith("Năm,\"Bộ, ngành\",Trụ cột,Lĩnh vực,Tên lĩnh vực,Phiên bản,"
                + "Nộp lúc (Asia/Ho_Chi_Minh),");
    }

    @Test
    void theAuditTrailAsXlsxAndCsv() throws IOException {
        Sheet audit = workbook(download("/api/v1/exports/2024/audit.xlsx", XLSX, "asean-review-2024-audit.xlsx"))
                .getSheet("Audit trail");
        int entries = registry.audit(2024).size();
        assertThat(audit.getLastRowNum()).isEqualTo(entries);
        List<String> csv = csvLines(download("/api/v1/exports/2024/audit.csv", "text/csv",
                "asean-review-2024-audit.csv"));
        assertThat(csv).hasSize(entries + 1);
        assertThat(csv.get(0)).isEqualTo("At (Asia/Ho_Chi_Minh),Actor,Action,Year,Ministry,Area,Version,"
                + "Submission ID,Detail");
        assertThat(csv).anySatisfy(line -> assertThat(line)
                .contains("coordinator@office,RETURNED,2024,MOF,CUSTOMS,1,").endsWith(",Name the term"));
    }

    @Test
    void anUnknownFormatIsNotFound() {
        office().get("/api/v1/exports/2024/contributions.ods").then().statusCode(404);
    }

    @Test
    void registryDownIsServiceUnavailable() {
        registry.down = true;
        office().get("/api/v1/exports/2024/audit.csv")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", equalTo("the registry could not be reached to export the year's data; retry later"));
    }
}
