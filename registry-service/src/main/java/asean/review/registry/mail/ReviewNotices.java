package asean.review.registry.mail;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import asean.review.registry.ContributionVersion;
import asean.review.registry.MailOutbox;

/**
 * The notice of a review to the ministry, planned in the review's own transaction: to the officer who submitted the
 * version, or to every officer of the ministry when the office entered it on the ministry's behalf (or the officer is
 * not one any more: see {@link MailLedger}).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ReviewNotices {

    public void plan(ContributionVersion version, boolean accepted, Instant at) {
        String recipient = version.enteredOnBehalf || version.submittedBy == null ? MailOutbox.EVERY_OFFICER
                : version.submittedBy;
        MailOutbox.plan(accepted ? MailKind.ACCEPTED : MailKind.RETURNED, version.year, version.ministry,
                version.area, version.version, "v" + version.version, recipient,
                accepted ? null : version.reviewMessage, at);
    }
}
