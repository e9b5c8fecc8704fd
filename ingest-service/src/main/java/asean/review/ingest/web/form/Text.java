package asean.review.ingest.web.form;

import java.text.Normalizer;

/** Text as a form sends it, made what the API would store: Unicode NFC, line breaks as LF, blank as absent. */
public final class Text {

    private Text() {
    }

    /**
     * NFC (Unikey and some phones send decomposed Vietnamese: "e" + U+0302 + U+0301 instead of "ế") and LF line
     * breaks (browsers send a textarea's line breaks as CRLF); {@code null} stays {@code null}.
     */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        return Normalizer.normalize(value.replace("\r\n", "\n"), Normalizer.Form.NFC);
    }

    /** Normalised, or {@code null} if blank: an empty optional input is an absent field. */
    public static String orNull(String value) {
        String normalised = normalise(value);
        return normalised == null || normalised.isBlank() ? null : normalised;
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
