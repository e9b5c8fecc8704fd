package asean.review.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as the sheets of one XLSX workbook, streamed (a hundred rows in memory at a time): a bold header
 * row, frozen, with an autofilter; text wrapped and always a string cell, never a formula; times as Excel
 * date-times.
 */
final class WorkbookWriter implements AutoCloseable {

    /** The most characters an Excel cell holds. */
    static final int CELL_LIMIT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_WIDTH = 255;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final CellStyle header;
    private final CellStyle text;
    /** Marks the text as typed behind a quote, so that Excel keeps it text even once the cell is edited. */
    private final CellStyle formulaLikeText;
    private final CellStyle time;
    private final String cutNote;

    WorkbookWriter(Locale language) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        formulaLikeText = workbook.createCellStyle();
        formulaLikeText.cloneStyleFrom(text);
        formulaLikeText.setQuotePrefixed(true);
        time = workbook.createCellStyle();
        time.setVerticalAlignment(VerticalAlignment.TOP);
        time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        cutNote = ExportLabel.CUT.in(language);
    }

    <T> void sheet(String name, List<Column<T>> columns, List<T> rows) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row headers = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.min(columns.get(c).width(), MAX_WIDTH) * 256);
            Cell cell = headers.createCell(c);
            cell.setCellStyle(header);
            cell.setCellValue(columns.get(c).header());
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(rows.get(r));
                if (value != null) {
                    write(row.createCell(c), value);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns.size() - 1));
    }

    private void write(Cell cell, Object value) {
        if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDateTime at) {
            cell.setCellStyle(time);
            cell.setCellValue(at);
        } else {
            String string = (String) value;
            cell.setCellStyle(FormulaGuard.looksLikeFormula(string) ? formulaLikeText : text);
            cell.setCellValue(withinLimit(string));
        }
    }

    /** The text, or as much of it as a cell holds followed by a note saying it was cut. */
    private String withinLimit(String string) {
        if (string.length() <= CELL_LIMIT) {
            return string;
        }
        int end = CELL_LIMIT - cutNote.length();
        if (Character.isHighSurrogate(string.charAt(end - 1))) {
            end--;
        }
        return string.substring(0, end) + cutNote;
    }

    byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    /** Deletes the temporary files the streamed rows were kept in. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the workbook", e);
        }
    }
}
