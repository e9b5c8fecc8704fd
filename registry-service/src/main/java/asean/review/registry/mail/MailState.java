package asean.review.registry.mail;

/** Where a mail is. Only {@code PENDING} is ever picked up for sending. */
public enum MailState {
    PENDING,
    /** A mail to every officer of a ministry, made into one mail per officer. */
    EXPANDED,
    /** Handed to the SMTP server; if it stays so, the sender died before recording the outcome. */
    SENDING,
    SENT,
    /** Left {@code SENDING} too long: it may or may not have been sent, and is never sent again by itself. */
    UNCERTAIN,
    /** The SMTP server refused it. */
    FAILED,
    /** Nobody to send it to (no officer with an e-mail address), or a reminder to a ministry that has submitted since. */
    SKIPPED
}
