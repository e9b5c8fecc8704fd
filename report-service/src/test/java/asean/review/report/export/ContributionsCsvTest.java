package asean.review.report.export;

import static asean.review.report.export.ExportFixtures.HANOI;
import static asean.review.report.export.ExportFixtures.contribution;
import static asean.review.report.export.ExportFixtures.records;
import static asean.review.report.export.ExportFixtures.version;
import static asean.review.report.export.ExportFixtures.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewState;

/** The CSV parsed back by an RFC 4180 reader, as a spreadsheet program would read it. */
class ContributionsCsvTest {

    private static final String TRICKY = "Hội nghị \"ASEAN+3\", Hà Nội\nsecond line";
    private static final int SUMMARY = 14;

    private static List<List<String>> export(List<RegisteredContribution> versions) {
        return records(ContributionsCsv.write(versions, Locale.ENGLISH, HANOI));
    }

    private static List<String> summaries(String... summaries) {
        List<RegisteredContribution> versions = Arrays.stream(summaries)
                .map(s -> version(contribution("MOH", "AHMM", s), 1, ReviewState.ACCEPTED)).toList();
        return export(versions).stream().skip(1).map(record -> record.get(SUMMARY)).toList();
    }

    @Test
    void utf8BehindAByteOrderMarkWithCrlfAfterEveryRecord() {
        byte[] csv = ContributionsCsv.write(List.of(version(contribution("MOH", "AHMM", "Bộ Y tế"), 1,
                ReviewState.ACCEPTED)), Locale.ENGLISH, HANOI);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").contains("Bộ Y tế");
        assertThat(text.split("\r\n")).hasSize(2);
    }

    @Test
    void theColumnsOfTheWorkbooksFirstSheetOneRecordPerVersion() {
        List<RegisteredContribution> versions = List.of(
                version(contribution("MOH", "AHMM", "First"), 1, ReviewState.RETURNED),
                version(contribution("MOH", "AHMM", "Second"), 2, ReviewState.PENDING_REVIEW));
        List<List<String>> records = export(versions);
        Row header = workbook(ContributionsWorkbook.write(versions, Locale.ENGLISH, HANOI)).getSheetAt(0).getRow(0);
        List<String> sheetHeaders = new ArrayList<>();
        header.forEach(cell -> sheetHeaders.add(cell.getStringCellValue()));
        assertThat(records.get(0)).isEqualTo(sheetHeaders);
        assertThat(records).hasSize(3).allSatisfy(record -> assertThat(record).hasSize(20));
        assertThat(records.get(1)).containsExactly("2024", "MOH", "ASCC", "AHMM", "", "1", "2025-01-01 03:30:00",
                "2025-01-01 03:31:00", "officer@moh", "RETURNED", "Name the term", "coordinator@office",
                "2025-01-01 04:30:00", "vi", "First", "Regional coordination supported\nBộ Y tế chủ trì",
                "Funding", "", "Implement the health agenda", "");
        assertThat(records.get(2).subList(9, 13)).as("pending: no review yet")
                .containsExactly("PENDING_REVIEW", "", "", "");
    }

    @Test
    void aFieldWithACommaAQuoteAndALineBreakIsQuotedAndReadsBackWhole() {
        byte[] csv = ContributionsCsv.write(List.of(version(contribution("MOH", "AHMM", TRICKY), 1,
                ReviewState.ACCEPTED)), Locale.ENGLISH, HANOI);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains(",\"Hội nghị \"\"ASEAN+3\"\", Hà Nội\nsecond line\",");
        assertThat(summaries(TRICKY)).containsExactly(TRICKY);
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenBehindASingleQuote() {
        assertThat(summaries("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://evil\",\"x\")",
                "a=b", "Bộ - ngành"))
                .containsExactly("'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx",
                        "'=HYPERLINK(\"http://evil\",\"x\")", "a=b", "Bộ - ngành");
    }

    @Test
    void vietnameseHeadersForVi() {
        List<String> header = records(ContributionsCsv.write(List.of(), Locale.forLanguageTag("vi"), HANOI)).get(0);
        assertThat(header).startsWith("Năm", "Bộ, ngành", "Trụ cột", "Lĩnh vực", "Tên lĩnh vực", "Phiên bản",
                "Nộp lúc (Asia/Ho_Chi_Minh)");
    }
}
