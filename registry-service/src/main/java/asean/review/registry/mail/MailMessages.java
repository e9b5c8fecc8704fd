package asean.review.registry.mail;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the mails, in {@code messages/mail_en.properties} and {@code messages/mail_vi.properties}; the
 * templates under {@code templates/mail/} read them as {@code mail:key}.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

    String reminder_subject(int year, String deadline);

    String overdue_subject(int year, String deadline);

    String returned_subject(int year, String area, int version);

    String accepted_subject(int year, String area, int version);

    String digest_subject(int year, String week);

    String greeting();

    String reminder_body(int year, String ministry, String deadline, long daysLeft);

    String overdue_body(int year, String ministry, String deadline);

    String reminder_link();

    String returned_body(int year, String ministry, String area, int version);

    String returned_message();

    String returned_link();

    String accepted_body(int year, String ministry, String area, int version);

    String digest_body(int year, String deadline, long daysLeft);

    String digest_counts(int expected, int onTime, int late, int pendingReview, int returned, int missing);

    String digest_missing();

    String digest_waiting();

    String digest_none();

    String signature();
}
