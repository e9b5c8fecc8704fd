package asean.review.registry.mail;

import java.net.ConnectException;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Sends what the outbox holds: claims (committed as {@code SENDING}), hands each mail to the SMTP server, records
 * the outcome. A sender that dies between the last two steps leaves the mail {@code SENDING}, which is never sent
 * again: at most once, and {@link MailLedger#markUncertain()} reports it.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final MailLedger ledger;
    private final Mailer mailer;

    public MailSender(MailLedger ledger, Mailer mailer) {
        this.ledger = ledger;
        this.mailer = mailer;
    }

    /** Sends every pending mail; answers how many the SMTP server accepted. */
    public int sendPending(LocalDate today) {
        ledger.markUncertain();
        int sent = 0;
        for (MailLedger.Batch batch = ledger.claim(today); batch.pending() > 0; batch = ledger.claim(today)) {
            for (MailLedger.Outgoing mail : batch.outgoing()) {
                if (send(mail)) {
                    ledger.sent(mail.id());
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(MailLedger.Outgoing mail) {
        try {
            mailer.send(Mail.withText(mail.address(), mail.subject(), mail.body()));
            return true;
        } catch (RuntimeException e) {
            if (causedBy(e, ConnectException.class)) {
                LOG.warnf("mail %d waits: the mail server is not reachable (%s)", mail.id(), e.getMessage());
                ledger.unreachable(mail.id(), String.valueOf(e.getMessage()));
            } else {
                LOG.errorf(e, "mail %d to %s refused", mail.id(), mail.address());
                ledger.refused(mail.id(), String.valueOf(e.getMessage()));
            }
            return false;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
