package asean.review.registry.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * replayed from the dead-letter topic) is registered when it passes now. A batch of records is stored in one
 * transaction, each outcome audited in it.
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

    /** Registers one submission as the next version of its contribution, pending the office's review. */
    public void register(ContributionSubmitted event) {
        store(List.of(event), List.of());
    }

    /**
     * Registers the submissions, each as the next version of its contribution (versions numbered in the order of
     * {@code submissions}), and records the rejections, in one transaction. Every contribution concerned is locked
     * first, so that two deliveries of one submission are decided one after the other. Answers the versions
     * registered (none for a submission registered before).
     */
    public List<ContributionVersion> store(List<ContributionSubmitted> submissions, List<Rejection> rejections) {
        Instant now = clock.instant();
        List<ContributionVersion> registered = submissions.isEmpty() ? List.of() : registerAll(submissions, now);
        rejections.forEach(rejection -> reject(rejection, now));
        return registered;
    }

    private List<ContributionVersion> registerAll(List<ContributionSubmitted> events, Instant now) {
        Map<String, Contribution> contributions = new HashMap<>();
        events.forEach(event -> contributions.putIfAbsent(event.contribution().key(), event.contribution()));
        ContributionVersion.lockAll(contributions.keySet());
        Map<UUID, Submission> known = new HashMap<>(
                Submission.byId(events.stream().map(ContributionSubmitted::submissionId).toList()));
        Map<String, Integer> latest = ContributionVersion.latestVersions(contributions.values());

        List<Submission> submissions = new ArrayList<>();
        List<ContributionVersion> versions = new ArrayList<>();
        for (ContributionSubmitted event : events) {
            Submission submission = known.get(event.submissionId());
            if (submission != null && submission.status == State.REGISTERED) {
                LOG.infof("submission %s is already registered; redelivery ignored", event.submissionId());
                continue;
            }
            if (submission != null) {
                LOG.infof("submission %s was rejected earlier (%s); it passes now", event.submissionId(),
                        submission.reason);
            } else {
                submission = new Submission();
                submission.submissionId = event.submissionId();
                known.put(submission.submissionId, submission);
            }
            describe(submission, event.contribution(), event.submittedAt(), event.submitter(), now);
            submission.status = State.REGISTERED;
            submission.reason = null;
            submissions.add(submission);
            versions.add(version(event, submission.submittedBy,
                    latest.merge(event.contribution().key(), 1, Integer::sum), now));
        }
        // Persisted kind by kind, so that Hibernate sends each kind's inserts in JDBC batches.
        Submission.persist(submissions);
        ContributionVersion.persist(versions);
        for (ContributionVersion version : versions) {
            AuditEvent.record(now, version.submittedBy, Action.REGISTERED, version,
                    version.enteredOnBehalf ? "entered by the office for " + version.ministry : null);
        }
        return versions;
    }

    private static ContributionVersion version(ContributionSubmitted event, String submittedBy, int number,
            Instant now) {
        Contribution c = event.contribution();
        ContributionVersion version = new ContributionVersion();
        version.submissionId = event.submissionId();
        version.year = c.year();
        version.ministry = c.ministry();
        version.area = c.area();
        version.pillar = c.pillar();
        version.version = number;
        version.content = c;
        version.submittedAt = event.submittedAt();
        version.registeredAt = now;
        version.submittedBy = submittedBy;
        version.enteredOnBehalf = event.submitter() != null && event.submitter().onBehalf();
        return version;
    }

    /** Records that the submission was rejected and why, unless it was already stored (registered or rejected). */
    public void reject(UUID submissionId, Contribution contribution, Instant submittedAt, Submitter submitter,
            String reason) {
        reject(new Rejection(submissionId, contribution, submittedAt, submitter, reason), clock.instant());
    }

    private void reject(Rejection rejection, Instant now) {
        if (Submission.findById(rejection.submissionId()) != null) {
            return;
        }
        Submission submission = new Submission();
        submission.submissionId = rejection.submissionId();
        describe(submission, rejection.contribution(), rejection.submittedAt(), rejection.submitter(), now);
        submission.status = State.REJECTED;
        submission.reason = rejection.reason();
        submission.persist();
        AuditEvent audit = AuditEvent.of(now, submission.submittedBy, Action.REJECTED, submission.year,
                rejection.reason());
        audit.ministry = submission.ministry;
        audit.area = submission.area;
        audit.submissionId = rejection.submissionId();
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
