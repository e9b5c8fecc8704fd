package asean.review.report.export;

import java.util.Locale;

/** The file formats of the exports. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv; charset=UTF-8");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format whose extension is {@code extension} (xlsx, csv). */
    public static ExportFormat ofExtension(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }
}
