package asean.review.report.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** How the brief's templates show instants, dates and the revision, in the language being rendered. */
@TemplateExtension
public class BriefTemplateExtensions {

    private static final DateTimeFormatter INSTANT_EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INSTANT_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BriefTemplateExtensions() {
    }

    public static String display(Instant instant, @TemplateAttribute("locale") Object locale) {
        return (isVietnamese(locale) ? INSTANT_VI : INSTANT_EN).format(instant);
    }

    public static String display(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return isVietnamese(locale) ? DATE_VI.format(date) : date.toString();
    }

    /** An ISO date (yyyy-MM-dd) or month (yyyy-MM) as written in the language: 12/08/2024, 08/2024. */
    public static String displayDate(String isoDateOrMonth, @TemplateAttribute("locale") Object locale) {
        if (!isVietnamese(locale)) {
            return isoDateOrMonth;
        }
        String[] parts = isoDateOrMonth.split("-");
        return parts.length == 3 ? parts[2] + "/" + parts[1] + "/" + parts[0] : parts[1] + "/" + parts[0];
    }

    /** The first 12 hex digits of a revision hash, enough to tell two revisions apart by eye. */
    public static String abbreviated(String revision) {
        return revision.length() > 12 ? revision.substring(0, 12) : revision;
    }

    private static boolean isVietnamese(Object locale) {
        return locale instanceof Locale l && "vi".equals(l.getLanguage());
    }
}
