package asean.review.registry.mail;

import java.net.ConnectException;
import java.time.LocalDate;
import java.util.Iterator;

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

    /**
     * Sends every pending mail it can; answers how many the SMTP server accepted. The mail server out of reach ends the
     * run: the mails claimed and not sent are pending again, for the next run.
     */
    public int sendPending(LocalDate today) {
        ledger.markUncertain();
        int sent = 0;
        for (MailLedger.Batch batch = ledger.claim(today); batch.settled() > 0; batch = ledger.claim(today)) {
            Iterator<MailLedger.Outgoing> mails = batch.outgoing().iterator();
            while (mails.hasNext()) {
                MailLedger.Outgoing mail = mails.next();
                try {
                    mailer.send(Mail.withText(mail.address(), mail.subject(), mail.body()));
                } catch (RuntimeException e) {
                    if (!causedBy(e, ConnectException.class)) {
                        LOG.errorf(e, "mail %d to %s refused", mail.id(), mail.address());
                        ledger.refused(mail.id(), String.valueOf(e.getMessage()));
                        continue;
                    }
                    LOG.warnf("mails wait: the mail server is not reachable (%s)", e.getMessage());
                    ledger.unreachable(mail.id(), String.valueOf(e.getMessage()));
                    mails.forEachRemaining(waiting -> ledger.unreachable(waiting.id(), "not tried: " + e.getMessage()));
                    return sent;
                }
                ledger.sent(mail.id());
                sent++;
            }
        }
        return sent;
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
