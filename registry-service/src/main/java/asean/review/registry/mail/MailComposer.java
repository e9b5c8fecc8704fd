package asean.review.registry.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import asean.review.contract.ReferenceData;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.ReviewState;
import asean.review.registry.ContributionVersion;
import asean.review.registry.MailOutbox;
import asean.review.registry.ReportingCycle;
import asean.review.registry.config.MailConfig;
import asean.review.registry.service.CycleService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Writes a planned mail in its recipient's language (vi or en): subject and plain-text body. */
@ApplicationScoped
public class MailComposer {

    /** A mail ready to send. */
    public record Composed(String subject, String body) {
    }

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance reminder(int year, String ministry, String deadline, long daysLeft,
                boolean overdue, String link);

        static native TemplateInstance returned(int year, String ministry, String area, int version, String message,
                String link);

        static native TemplateInstance accepted(int year, String ministry, String area, int version, String link);

        static native TemplateInstance digest(int year, String deadline, long daysLeft, Completeness counts,
                List<String> missing, List<String> waitingForReview);
    }

    private final ReferenceData reference;
    private final CycleService cycles;
    private final MailConfig config;

    public MailComposer(ReferenceData reference, CycleService cycles, MailConfig config) {
        this.reference = reference;
        this.cycles = cycles;
        this.config = config;
    }

    public Composed compose(MailOutbox mail, String language, LocalDate today) {
        MailMessages words = "vi".equals(language) ? MessageBundles.get(MailMessages.class, Localized.Literal.of("vi"))
                : MessageBundles.get(MailMessages.class);
        Locale locale = Locale.forLanguageTag(language);
        String pages = config.ministriesUrl().replaceFirst("/+$", "");
        String contribution = pages + "/contributions/" + mail.year + "/" + mail.ministry + "/" + mail.area;
        return switch (mail.kind) {
            case REMINDER -> {
                LocalDate deadline = ReportingCycle.<ReportingCycle>findById(mail.year).deadline;
                String date = date(deadline, locale);
                boolean overdue = today.isAfter(deadline);
                yield new Composed(overdue ? words.overdue_subject(mail.year, date)
                        : words.reminder_subject(mail.year, date), Templates.reminder(mail.year,
                                ministry(mail.ministry, language), date, ChronoUnit.DAYS.between(today, deadline),
                                overdue, pages + "/").setLocale(locale).render());
            }
            case RETURNED -> new Composed(words.returned_subject(mail.year, mail.area, mail.version),
                    Templates.returned(mail.year, ministry(mail.ministry, language), mail.area, mail.version,
                            mail.message, contribution + "/amend").setLocale(locale).render());
            case ACCEPTED -> new Composed(words.accepted_subject(mail.year, mail.area, mail.version),
                    Templates.accepted(mail.year, ministry(mail.ministry, language), mail.area, mail.version,
                            contribution + "/history").setLocale(locale).render());
            case DIGEST -> digest(mail, words, locale, language, today);
        };
    }

    private Composed digest(MailOutbox mail, MailMessages words, Locale locale, String language, LocalDate today) {
        Completeness completeness = cycles.completeness(mail.year).orElseThrow();
        List<String> missing = completeness.ministries().stream()
                .filter(m -> m.expected() && m.status() == Completeness.Status.MISSING)
                .map(m -> ministry(m.ministry(), language)).toList();
        List<String> waiting = ContributionVersion.current(mail.year, null, null, null).stream()
                .filter(v -> v.reviewState == ReviewState.PENDING_REVIEW)
                .map(v -> ministry(v.ministry, language) + ", " + v.area + " (v" + v.version + ")").toList();
        String date = date(completeness.deadline(), locale);
        return new Composed(words.digest_subject(mail.year, mail.stage), Templates.digest(mail.year, date,
                Math.max(0, ChronoUnit.DAYS.between(today, completeness.deadline())), completeness, missing, waiting)
                .setLocale(locale).render());
    }

    private String ministry(String code, String language) {
        return reference.ministry(code).map(m -> "vi".equals(language) ? m.nameLocal() : m.name())
                .map(name -> name + " (" + code + ")").orElse(code);
    }

    private static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("vi".equals(locale.getLanguage()) ? "dd/MM/yyyy"
                : "d MMMM yyyy", locale));
    }
}
