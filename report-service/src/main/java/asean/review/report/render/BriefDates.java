package asean.review.report.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the brief writes times, dates and its revision in one language: times in the country's zone with its offset
 * (a submission at 00:30 in Hà Nội the day after the deadline shows on that day, never on the deadline), dates as
 * the language writes them.
 */
final class BriefDates {

    private final boolean dayFirst;
    private final DateTimeFormatter instants;

    /** {@code zone} null (editions frozen before the brief knew its zone) writes UTC. */
    BriefDates(Locale language, String zone) {
        this.dayFirst = !"en".equals(language.getLanguage());
        this.instants = DateTimeFormatter.ofPattern(dayFirst ? "dd/MM/yyyy HH:mm O" : "yyyy-MM-dd HH:mm O")
                .withZone(zone == null ? ZoneOffset.UTC : ZoneId.of(zone));
    }

    String instant(Instant instant) {
        return instants.format(instant);
    }

    String date(LocalDate date) {
        return dayFirst ? DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date) : date.toString();
    }

    /** An ISO date (yyyy-MM-dd) or month (yyyy-MM) as written in the language: 12/08/2024, 08/2024. */
    String dateOrMonth(String iso) {
        if (!dayFirst) {
            return iso;
        }
        String[] parts = iso.split("-");
        return parts.length == 3 ? parts[2] + "/" + parts[1] + "/" + parts[0] : parts[1] + "/" + parts[0];
    }

    /** The first 12 hex digits of a revision hash, enough to tell two revisions apart by eye. */
    static String abbreviated(String revision) {
        return revision.length() > 12 ? revision.substring(0, 12) : revision;
    }
}
