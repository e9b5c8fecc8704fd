package asean.review.report.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.report.brief.Brief;
import asean.review.report.metrics.BriefMeters;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Writes a compiled brief in one of its formats, each from the one {@link BriefLayout}; what submitters wrote is
 * escaped in every text format.
 */
@ApplicationScoped
public class BriefRenderer {

    private final Template page;
    private final ObjectMapper json;
    private final MarkdownWriter markdown;
    private final HtmlWriter html;
    private final PdfWriter pdf;
    private final DocxWriter docx;
    private final BriefMeters meters;

    public BriefRenderer(@Location("brief.html") Template page, ObjectMapper json, MarkdownWriter markdown,
            HtmlWriter html, PdfWriter pdf, DocxWriter docx, BriefMeters meters) {
        this.page = page;
        this.json = json;
        this.markdown = markdown;
        this.html = html;
        this.pdf = pdf;
        this.docx = docx;
        this.meters = meters;
    }

    /** The brief in {@code format}; titles, labels and dates in {@code language}, submitted text as written. */
    public byte[] render(Brief brief, BriefFormat format, Locale language) {
        return meters.rendering(format, language, () -> write(brief, format, language));
    }

    private byte[] write(Brief brief, BriefFormat format, Locale language) {
        BriefMessages msg = messages(language);
        return switch (format) {
            case MD -> utf8(markdown.write(brief, msg, language));
            case HTML -> utf8(page.data("lang", language.getLanguage()).data("title", BriefLayout.title(brief, msg))
                    .data("body", html.body(brief, msg, language, null)).render());
            case JSON -> utf8(toJson(brief));
            case PDF -> pdf.write(brief, msg, language);
            case DOCX -> docx.write(brief, msg, language);
        };
    }

    /**
     * The HTML brief's body for a page, each statement linking to the contribution and version it came from:
     * {@code sources}{@code /MINISTRY/AREA?version=N}.
     */
    public String preview(Brief brief, Locale language, String sources) {
        return meters.rendering(BriefMeters.PREVIEW, language, () -> html.body(brief, messages(language), language,
                sources));
    }

    private static BriefMessages messages(Locale language) {
        return MessageBundles.get(BriefMessages.class, Localized.Literal.of(language.toLanguageTag()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String toJson(Brief brief) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(brief);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the brief as JSON", e);
        }
    }
}
