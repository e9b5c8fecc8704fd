package asean.review.registry.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;

import asean.review.contract.Problem.FieldError;
import asean.review.contract.api.AuditEntry.Action;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewDecision;
import asean.review.contract.api.ReviewDecision.Decision;
import asean.review.contract.api.ReviewState;
import asean.review.registry.AuditEvent;
import asean.review.registry.ContributionVersion;
import asean.review.registry.mail.ReviewNotices;
import asean.review.registry.metrics.ReviewMeters;

/**
 * The office's review of a contribution's latest version: accepted, or returned with a message the
 * ministry reads with its submission. An amendment is a new version, pending review again. The notice to the
 * ministry is planned in the same transaction (an outbox row, sent by {@code mail.MailSender}).
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    private final Clock clock;
    private final ReviewNotices notices;
    private final ReviewMeters meters;

    public ReviewService(Clock clock, ReviewNotices notices, ReviewMeters meters) {
        this.clock = clock;
        this.notices = notices;
        this.meters = meters;
    }

    public RegisteredContribution review(int year, String ministry, String area, int number, ReviewDecision decision,
            String reviewer) {
        String message = decision.message() == null || decision.message().isBlank() ? null : decision.message().strip();
        if (decision.decision() == Decision.RETURN && message == null) {
            throw new InvalidRequestException("a returned contribution needs a reason", List.of(
                    new FieldError("message", "required when the decision is RETURN: tell the ministry what to change")));
        }
        ContributionVersion.lock(year, ministry, area);
        ContributionVersion version = ContributionVersion.findVersion(year, ministry, area, number)
                .orElseThrow(() -> new NotFoundException("no version " + number + " of contribution " + year + ":"
                        + ministry + ":" + area + " is registered"));
        int latest = ContributionVersion.nextVersion(year, ministry, area) - 1;
        if (number != latest) {
            throw new ClientErrorException("version " + number + " of " + year + ":" + ministry + ":" + area
                    + " was superseded by version " + latest + "; review the latest version", Status.CONFLICT);
        }
        Instant now = clock.instant();
        boolean accepted = decision.decision() == Decision.ACCEPT;
        version.reviewState = accepted ? ReviewState.ACCEPTED : ReviewState.RETURNED;
        version.reviewMessage = message;
        version.reviewedBy = reviewer;
        version.reviewedAt = now;
        AuditEvent.record(now, reviewer, accepted ? Action.ACCEPTED : Action.RETURNED, version, message);
        notices.plan(version, accepted, now);
        meters.reviewed(decision.decision());
        return version.view();
    }
}
