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
 * Stores submissions, each submissionId exactly once: a redelivered record finds its submission
 * already stored and changes nothing. Each outcome is audited in the same transaction.
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

    /** Registers the submission as the next version of its contribution, pending the office's review. */
    public void register(ContributionSubmitted event) {
        Submission earlier = Submission.findById(event.submissionId());
        if (earlier != null) {
            LOG.infof("submission %s was already stored (%s); redelivery ignored", event.submissionId(),
                    earlier.status);
            return;
        }
        Contribution c = event.contribution();
        Instant now = clock.instant();
        Submission submission = submission(event.submissionId(), c, event.submittedAt(), event.submitter(), now);
        submission.status = State.REGISTERED;
        submission.persist();

        ContributionVersion.lock(c.year(), c.ministry(), c.area());
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
        version.persist();
        AuditEvent.record(now, submission.submittedBy, Action.REGISTERED, version, null);
        LOG.infof("submission %s registered as %s version %d", event.submissionId(), c.key(), version.version);
    }

    /** Records that the submission was rejected and why, unless it was already stored. */
    public void reject(UUID submissionId, Contribution contribution, Instant submittedAt, Submitter submitter,
            String reason) {
        if (Submission.findById(submissionId) != null) {
            return;
        }
        Instant now = clock.instant();
        Submission submission = submission(submissionId, contribution, submittedAt, submitter, now);
        submission.status = State.REJECTED;
        submission.reason = reason;
        submission.persist();
        AuditEvent audit = AuditEvent.of(now, submission.submittedBy, Action.REJECTED, submission.year, reason);
        audit.ministry = submission.ministry;
        audit.area = submission.area;
        audit.submissionId = submissionId;
        audit.persist();
    }

    private static Submission submission(UUID id, Contribution c, Instant submittedAt, Submitter submitter,
            Instant now) {
        Submission submission = new Submission();
        submission.submissionId = id;
        if (c != null) {
            submission.year = c.year();
            submission.ministry = c.ministry();
            submission.area = c.area();
        }
        submission.submittedAt = submittedAt;
        submission.submittedBy = submitter != null && submitter.name() != null ? submitter.name() : UNKNOWN_SUBMITTER;
        submission.processedAt = now;
        return submission;
    }
}
