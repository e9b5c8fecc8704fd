package asean.review.registry.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import asean.review.contract.Contribution;
import asean.review.contract.ContributionSubmitted;
import asean.review.contract.Submitter;
import asean.review.contract.api.AuditEntry.Action;
import asean.review.contract.api.SubmissionStatus.State;
import asean.review.registry.AuditEvent;
import asean.review.registry.ContributionVersion;
import asean.review.registry.Submission;

/**
 * Stores submissions, each submissionId registered exactly once: a redelivered record finds its submission
 * already registered and changes nothing. A submission rejected earlier (for a cause since fixed, then
 * replayed from the dead-letter topic) is registered when it passes now. Each outcome is audited in the same
 * transaction.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class);
    private static final String UNKNOWN_SUBMITTER = "(unknown submitter)";

    private final Clock clock;

    public RegistrationService(Clock clock) {
        this.clock = clock;
    }

    /**
     * Registers the submission as the next version of its contribution, pending the office's review. The lock
     * on the contribution comes first, so that two deliveries of one submission are decided one after the other.
     */
    public void register(ContributionSubmitted event) {
        Contribution c = event.contribution();
        ContributionVersion.lock(c.year(), c.ministry(), c.area());
        Submission submission = Submission.findById(event.submissionId());
        if (submission != null && submission.status == State.REGISTERED) {
            LOG.infof("submission %s is already registered; redelivery ignored", event.submissionId());
            return;
        }
        if (submission != null) {
            LOG.infof("submission %s was rejected earlier (%s); it passes now", event.submissionId(),
                    submission.reason);
        } else {
            submission = new Submission();
            submission.submissionId = event.submissionId();
        }
        Instant now = clock.instant();
        describe(submission, c, event.submittedAt(), event.submitter(), now);
        submission.status = State.REGISTERED;
        submission.reason = null;
        submission.persist();

        ContributionVersion version = new ContributionVersion();
        version.submissionId = event.submissionId();
        version.year = c.year();
        version.ministry = c.ministry();
        version.area = c.area();
        version.pillar = c.pillar();
        version.version = ContributionVersion.nextVersion(c.year(), c.ministry(), c.area());
        version.content = c;
        version.submittedAt = event.submittedAt();
        version.registeredAt = now;
        version.submittedBy = submission.submittedBy;
        version.enteredOnBehalf = event.submitter() != null && event.submitter().onBehalf();
        version.persist();
        AuditEvent.record(now, submission.submittedBy, Action.REGISTERED, version,
                version.enteredOnBehalf ? "entered by the office for " + c.ministry() : null);
        LOG.infof("submission %s registered as %s version %d", event.submissionId(), c.key(), version.version);
    }

    /** Records that the submission was rejected and why, unless it was already stored (registered or rejected). */
    public void reject(UUID submissionId, Contribution contribution, Instant submittedAt, Submitter submitter,
            String reason) {
        if (Submission.findById(submissionId) != null) {
            return;
        }
        Instant now = clock.instant();
        Submission submission = new Submission();
        submission.submissionId = submissionId;
        describe(submission, contribution, submittedAt, submitter, now);
        submission.status = State.REJECTED;
        submission.reason = reason;
        submission.persist();
        AuditEvent audit = AuditEvent.of(now, submission.submittedBy, Action.REJECTED, submission.year, reason);
        audit.ministry = submission.ministry;
        audit.area = submission.area;
        audit.submissionId = submissionId;
        audit.persist();
    }

    private static void describe(Submission submission, Contribution c, Instant submittedAt, Submitter submitter,
            Instant now) {
        if (c != null) {
            submission.year = c.year();
            submission.ministry = c.ministry();
            submission.area = c.area();
        }
        submission.submittedAt = submittedAt;
        submission.submittedBy = submitter != null && submitter.name() != null ? submitter.name() : UNKNOWN_SUBMITTER;
        submission.processedAt = now;
    }
}
