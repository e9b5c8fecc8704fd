package asean.review.registry.mail;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import asean.review.registry.MailOutbox;

/**
 * One mail as the office sees it. {@code state} {@code UNCERTAIN}: the sender stopped while handing it to the mail
 * server; it may not have been sent, and is not sent again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailEntry(MailKind kind, int year, String ministry, String area, Integer version, String stage,
        String recipient, String address, String language, MailState state, String subject, Instant plannedAt,
        Instant sentAt, String error) {

    public static MailEntry of(MailOutbox mail) {
        return new MailEntry(mail.kind, mail.year, mail.ministry, mail.area, mail.version, mail.stage, mail.recipient,
                mail.address, mail.language, mail.state, mail.subject, mail.plannedAt, mail.sentAt, mail.error);
    }
}
