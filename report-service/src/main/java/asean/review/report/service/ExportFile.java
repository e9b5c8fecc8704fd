package asean.review.report.service;

import asean.review.report.export.ExportFormat;

/** An export, ready to be downloaded: its file name (with the extension), format and bytes. */
public record ExportFile(String fileName, ExportFormat format, byte[] content) {

    public String mediaType() {
        return format.mediaType();
    }
}
