package asean.review.report.export;

import static asean.review.report.export.ExportFixtures.HANOI;
import static asean.review.report.export.ExportFixtures.records;
import static asean.review.report.export.ExportFixtures.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import asean.review.contract.api.AuditEntry;
import asean.review.contract.api.AuditEntry.Action;

/** The audit trail in both formats, read back. */
class AuditExportTest {

    private static final UUID SUBMISSION = UUID.fromString("3f1c1b7e-8a4e-4f0e-9d8b-2c1d0e9f7a65");
    private static final List<AuditEntry> TRAIL = List.of(
            new AuditEntry(Instant.parse("2024-01-15T02:00:00Z"), "coordinator@office", Action.CYCLE_CHANGED, 2024,
                    null, null, null, null, "opened: deadline 2024-12-10, 3 expected ministries"),
            new AuditEntry(Instant.parse("2024-12-31T20:30:00Z"), "officer@moh", Action.REGISTERED, 2024, "MOH",
                    "AHMM", 1, SUBMISSION, null),
            new AuditEntry(Instant.parse("2025-01-02T01:00:00Z"), "coordinator@office", Action.RETURNED, 2024,
                    "MOH", "AHMM", 1, SUBMISSION, "=Nêu rõ nhiệm kỳ, xin cảm ơn"));

    @Test
    void oneSheetOneRowPerEntryTimesInTheZone() {
        Sheet sheet = workbook(AuditWorkbook.write(TRAIL, Locale.ENGLISH, HANOI)).getSheet("Audit trail");
        assertThat(sheet.getLastRowNum()).isEqualTo(3);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("At (Asia/Ho_Chi_Minh)");
        assertThat(sheet.getRow(2).getCell(0).getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.of(2025, 1, 1, 3, 30));
        assertThat(sheet.getRow(1).getCell(4)).as("a cycle change names no ministry").isNull();
        assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo(SUBMISSION.toString());
        assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isEqualTo("=Nêu rõ nhiệm kỳ, xin cảm ơn");
        assertThat(sheet.getRow(3).getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void csvWithTheSameColumnsAndTheFormulaGuard() {
        List<List<String>> records = records(AuditCsv.write(TRAIL, Locale.ENGLISH, HANOI));
        assertThat(records.get(0)).containsExactly("At (Asia/Ho_Chi_Minh)", "Actor", "Action", "Year", "Ministry",
                "Area", "Version", "Submission ID", "Detail");
        assertThat(records.get(1)).containsExactly("2024-01-15 09:00:00", "coordinator@office", "CYCLE_CHANGED",
                "2024", "", "", "", "", "opened: deadline 2024-12-10, 3 expected ministries");
        assertThat(records.get(3)).containsExactly("2025-01-02 08:00:00", "coordinator@office", "RETURNED", "2024",
                "MOH", "AHMM", "1", SUBMISSION.toString(), "'=Nêu rõ nhiệm kỳ, xin cảm ơn");
    }

    @Test
    void vietnameseHeadersForVi() {
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(records(AuditCsv.write(TRAIL, vi, HANOI)).get(0)).containsExactly("Thời điểm (Asia/Ho_Chi_Minh)",
                "Người thực hiện", "Thao tác", "Năm", "Bộ, ngành", "Lĩnh vực", "Phiên bản", "Mã lần nộp", "Chi tiết");
        assertThat(workbook(AuditWorkbook.write(TRAIL, vi, HANOI)).getSheetName(0)).isEqualTo("Nhật ký");
    }
}
