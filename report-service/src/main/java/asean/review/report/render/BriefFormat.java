package asean.review.report.render;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

/** The formats a brief is served in, chosen by {@code ?format=} or else by the Accept header. */
public enum BriefFormat {
    MD("text/markdown"),
    HTML("text/html"),
    JSON("application/json"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final MediaType mediaType;

    BriefFormat(String mediaType) {
        this.mediaType = MediaType.valueOf(mediaType);
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** Text formats are shown in place; documents are downloaded. */
    public boolean isDocument() {
        return this == PDF || this == DOCX;
    }

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(BriefFormat::extension).toList());
    }

    /**
     * {@code format} if given, else the first acceptable type in the client's order of preference
     * (Markdown for a wildcard or no Accept header); empty if nothing acceptable is offered.
     */
    public static Optional<BriefFormat> negotiate(String format, List<MediaType> acceptable) {
        if (format != null) {
            return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(format)).findFirst();
        }
        if (acceptable.isEmpty()) {
            return Optional.of(MD);
        }
        for (MediaType accepted : acceptable) {
            for (BriefFormat candidate : values()) {
                if (accepted.isCompatible(candidate.mediaType)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
