package asean.review.report.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

/** How the brief's templates show codes, instants and the revision. */
@TemplateExtension
public class BriefTemplateExtensions {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private BriefTemplateExtensions() {
    }

    /** {@code COUNTRY_COORDINATOR} as "Country coordinator", {@code CO_CHAIR} as "Co-chair". */
    static String label(String code) {
        String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT).replaceFirst("^(co|vice) ", "$1-");
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String display(Instant instant) {
        return INSTANT.format(instant);
    }

    /** The first 12 hex digits of a revision hash, enough to tell two revisions apart by eye. */
    static String abbreviated(String revision) {
        return revision.length() > 12 ? revision.substring(0, 12) : revision;
    }
}
