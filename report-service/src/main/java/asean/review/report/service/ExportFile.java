package asean.review.report.service;

import java.util.Locale;

import jakarta.ws.rs.core.Response;

import asean.review.report.export.ExportFormat;

/** An export, ready to be downloaded: its file name (with the extension), format and bytes. */
public record ExportFile(String fileName, ExportFormat format, byte[] content) {

    public String mediaType() {
        return format.mediaType();
    }

    /** The file as a download, its headers in {@code language}. */
    public Response download(Locale language) {
        return Response.ok(content)
                .type(mediaType())
                .language(language)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
