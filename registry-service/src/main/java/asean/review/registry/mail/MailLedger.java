package asean.review.registry.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import asean.review.contract.api.AuditEntry.Action;
import asean.review.registry.AuditEvent;
import asean.review.registry.ContributionVersion;
import asean.review.registry.MailOutbox;
import asean.review.registry.config.MailConfig;

/**
 * The outbox's states, each change in a transaction of its own: claiming pending mails (locked with
 * {@code FOR UPDATE SKIP LOCKED}, so that replicas never claim the same one) and marking them {@code SENDING} before
 * anything reaches the SMTP server; then recording the outcome with its audit row. A mail whose sending was never
 * recorded is not claimed again: after {@code asean.mail.uncertain-after} it is marked {@code UNCERTAIN}.
 */
@ApplicationScoped
@Transactional
public class MailLedger {

    private static final Logger LOG = Logger.getLogger(MailLedger.class);
    static final String ACTOR = "registry-service (mail)";

    /** A mail claimed for sending. */
    public record Outgoing(long id, String address, String subject, String body) {
    }

    /** What one claim did: how many pending mails it settled (claimed, expanded or skipped), and those to send now. */
    public record Batch(int settled, List<Outgoing> outgoing) {
    }

    private final Officers officers;
    private final MailComposer composer;
    private final MailConfig config;
    private final Clock clock;

    public MailLedger(Officers officers, MailComposer composer, MailConfig config, Clock clock) {
        this.officers = officers;
        this.composer = composer;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Claims up to {@code asean.mail.batch} pending mails: each is addressed and written, and marked {@code SENDING};
     * a mail to every officer of a ministry becomes one pending mail per officer, claimed on a next call. None
     * settled: nothing more can be done now. Keycloak failing leaves the mails to officers pending (the office's
     * digests, which need no Keycloak, still go).
     */
    public Batch claim(LocalDate today) {
        List<Outgoing> claimed = new ArrayList<>();
        Instant now = clock.instant();
        int settled = 0;
        boolean officersUnknown = false;
        for (MailOutbox mail : MailOutbox.claimPending(config.batch())) {
            if (mail.kind == MailKind.REMINDER && ContributionVersion.firstSubmission(mail.year, mail.ministry) != null) {
                mail.state = MailState.SKIPPED;
                mail.error = mail.ministry + " submitted after the reminder was planned";
                settled++;
                continue;
            }
            if (officersUnknown && mail.kind != MailKind.DIGEST) {
                continue;
            }
            List<Recipient> to;
            try {
                to = recipients(mail);
            } catch (Officers.OfficersUnavailable e) {
                LOG.warnf("mail %d waits: %s", mail.id, e.getMessage());
                officersUnknown = true;
                continue;
            }
            settled++;
            if (to.size() == 1 && to.get(0).username().equals(mail.recipient)) {
                Recipient recipient = to.get(0);
                MailComposer.Composed composed = composer.compose(mail, recipient.language(), today);
                mail.address = recipient.address();
                mail.language = recipient.language();
                mail.subject = composed.subject();
                mail.body = composed.body();
                mail.state = MailState.SENDING;
                mail.claimedAt = now;
                claimed.add(new Outgoing(mail.id, mail.address, mail.subject, mail.body));
            } else if (to.isEmpty()) {
                mail.state = MailState.SKIPPED;
                mail.error = "no officer of " + mail.ministry + " with an e-mail address";
                LOG.warnf("mail %d skipped: %s", mail.id, mail.error);
            } else {
                to.forEach(officer -> MailOutbox.plan(mail.kind, mail.year, mail.ministry, mail.area, mail.version,
                        mail.stage, officer.username(), mail.message, now));
                mail.state = MailState.EXPANDED;
            }
        }
        return new Batch(settled, claimed);
    }

    /** The SMTP server accepted the mail. */
    public void sent(long id) {
        MailOutbox mail = MailOutbox.findById(id);
        mail.state = MailState.SENT;
        mail.sentAt = clock.instant();
        audit(mail, Action.MAIL_SENT, "sent");
    }

    /** The SMTP server could not be reached: nothing was sent, the mail is pending again. */
    public void unreachable(long id, String error) {
        MailOutbox mail = MailOutbox.findById(id);
        mail.state = MailState.PENDING;
        mail.claimedAt = null;
        mail.error = error;
    }

    /** The SMTP server refused the mail. */
    public void refused(long id, String error) {
        MailOutbox mail = MailOutbox.findById(id);
        mail.state = MailState.FAILED;
        mail.error = error;
        audit(mail, Action.MAIL_FAILED, "refused by the mail server: " + error);
    }

    /** Marks {@code UNCERTAIN} the mails whose sending began too long ago and was never recorded. */
    public int markUncertain() {
        List<MailOutbox> stuck = MailOutbox.sendingSince(clock.instant().minus(config.uncertainAfter()));
        for (MailOutbox mail : stuck) {
            mail.state = MailState.UNCERTAIN;
            mail.error = "the sender stopped while sending it: it may not have been sent, and is not sent again";
            audit(mail, Action.MAIL_UNCERTAIN, "may not have been sent");
            LOG.warnf("mail %d (%s %d %s to %s) may not have been sent", mail.id, mail.kind, mail.year, mail.stage,
                    mail.address);
        }
        return stuck.size();
    }

    public List<MailOutbox> ofYear(int year) {
        return MailOutbox.ofYear(year);
    }

    private List<Recipient> recipients(MailOutbox mail) {
        if (mail.kind == MailKind.DIGEST) {
            return List.of(new Recipient(mail.recipient, mail.recipient, config.officeLanguage()));
        }
        if (!MailOutbox.EVERY_OFFICER.equals(mail.recipient)) {
            Optional<Recipient> officer = officers.officer(mail.recipient, mail.ministry);
            if (officer.isPresent()) {
                return List.of(officer.get());
            }
            // A ministry's IT system, or an officer since moved or disabled: the ministry's officers are told.
        }
        return officers.of(mail.ministry);
    }

    private void audit(MailOutbox mail, Action action, String outcome) {
        AuditEvent event = AuditEvent.of(clock.instant(), ACTOR, action, mail.year, mail.kind.name().toLowerCase()
                + " " + mail.stage + " to " + mail.recipient + " <" + mail.address + ">: " + outcome);
        event.ministry = mail.ministry;
        event.area = mail.area;
        event.version = mail.version;
        event.persist();
    }
}
