package asean.review.registry.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import asean.review.contract.ReferenceData;
import asean.review.registry.ContributionVersion;
import asean.review.registry.MailOutbox;
import asean.review.registry.ReportingCycle;
import asean.review.registry.config.MailConfig;

/**
 * Plans the mails a day calls for: the reminder due to every expected ministry that has not submitted, and the
 * office's digest of the week, for each cycle in progress: from the first of January of its year until
 * {@code asean.mail.after-deadline} past its deadline. Days are the country's (reference data). Planning twice plans
 * nothing more.
 */
@ApplicationScoped
@Transactional
public class MailPlanner {

    private static final Logger LOG = Logger.getLogger(MailPlanner.class);

    private final MailConfig config;
    private final ZoneId zone;
    private final Clock clock;

    public MailPlanner(MailConfig config, ReferenceData reference, Clock clock) {
        this.config = config;
        this.zone = ZoneId.of(reference.country().timeZone());
        this.clock = clock;
    }

    /** Today in the country. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public void plan(LocalDate today) {
        for (ReportingCycle cycle : ReportingCycle.<ReportingCycle>listAll()) {
            LocalDate lastDay = cycle.deadline.plusDays(config.afterDeadline().toDays());
            if (today.getYear() < cycle.year || today.isAfter(lastDay)) {
                continue;
            }
            ReminderStages.due(cycle.deadline, cycle.reminderDays, today)
                    .ifPresent(stage -> planReminders(cycle, stage.name()));
            planDigest(cycle.year, today);
        }
    }

    private void planReminders(ReportingCycle cycle, String stage) {
        for (String ministry : cycle.expectedMinistries) {
            if (ContributionVersion.firstSubmission(cycle.year, ministry) == null
                    && MailOutbox.plan(MailKind.REMINDER, cycle.year, ministry, null, null, stage,
                            MailOutbox.EVERY_OFFICER, null, clock.instant())) {
                LOG.infof("reminder %s of %d planned for %s", stage, cycle.year, ministry);
            }
        }
    }

    private void planDigest(int year, LocalDate today) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        for (String address : config.office().orElse(List.of())) {
            MailOutbox.plan(MailKind.DIGEST, year, null, null, null, week, address, null, clock.instant());
        }
    }
}
