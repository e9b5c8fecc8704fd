package asean.review.registry.mail;

/** What a mail is about. */
public enum MailKind {
    /** To a ministry that has not reported, before the deadline or the day after it. */
    REMINDER,
    /** To the officer(s) of a contribution the office returned, with its message and where to amend it. */
    RETURNED,
    /** To the officer(s) of a contribution the office accepted. */
    ACCEPTED,
    /** The office's weekly digest of a year in progress. */
    DIGEST
}
