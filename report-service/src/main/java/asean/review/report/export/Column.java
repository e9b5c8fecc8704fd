package asean.review.report.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One column of an export: its header, its width in characters, and its value in a row: a {@code String}, an
 * {@code Integer}, a {@code LocalDateTime} or null for an empty cell.
 */
record Column<T>(String header, int width, Function<T, Object> value) {

    static <T> Column<T> text(ExportLabel header, Locale language, int width, Function<T, String> value) {
        return new Column<>(header.in(language), width, value::apply);
    }

    static <T> Column<T> number(ExportLabel header, Locale language, Function<T, Integer> value) {
        return new Column<>(header.in(language), 10, value::apply);
    }

    /** One item a line, in one cell. */
    static <T> Column<T> lines(ExportLabel header, Locale language, int width, Function<T, List<String>> value) {
        return new Column<>(header.in(language), width, row -> String.join("\n", value.apply(row)));
    }

    /** The instant as the local date and time of {@code zone}, which the header names. */
    static <T> Column<T> time(ExportLabel header, Locale language, ZoneId zone, Function<T, Instant> value) {
        return new Column<>(header.in(language) + " (" + zone.getId() + ")", 22, row -> {
            Instant at = value.apply(row);
            return at == null ? null : LocalDateTime.ofInstant(at, zone);
        });
    }
}
