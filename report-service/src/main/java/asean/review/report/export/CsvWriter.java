package asean.review.report.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a table as RFC 4180 CSV: UTF-8 behind a byte order mark (without it Excel reads the file in the
 * system's code page and garbles Vietnamese), CRLF after each record, fields with a comma, a quote or a line
 * break in quotes, and text that looks like a formula behind a single quote ({@link FormulaGuard}).
 */
final class CsvWriter {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvWriter() {
    }

    static <T> byte[] write(List<Column<T>> columns, List<T> rows) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        record(csv, columns.stream().map(column -> (Object) column.header()).toList());
        for (T row : rows) {
            record(csv, columns.stream().map(column -> column.value().apply(row)).toList());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void record(StringBuilder csv, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(values.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime at) {
            return TIME.format(at);
        }
        if (value instanceof Integer number) {
            return number.toString();
        }
        String text = FormulaGuard.quotePrefixed((String) value);
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
