package asean.review.registry.metrics;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

import asean.review.contract.api.SubmissionStatus.State;
import asean.review.registry.Submission;

/**
 * Counts what became of each submission from the row that records it (an entity listener of {@link Submission}),
 * once its transaction commits: however the consumer stores submissions, one at a time or in batches, a rolled-back
 * attempt counts nothing. A submission is updated only when a rejected one passes on a replay.
 */
public class SubmissionOutcomes {

    @Inject
    RegistrationMeters meters;

    @Inject
    AfterCommit afterCommit;

    @PostPersist
    @PostUpdate
    void stored(Submission submission) {
        State status = submission.status;
        Instant submittedAt = submission.submittedAt;
        Instant processedAt = submission.processedAt;
        afterCommit.run(() -> {
            if (status == State.REGISTERED) {
                meters.registered(submittedAt, processedAt);
            } else if (status == State.REJECTED) {
                meters.rejected();
            }
        });
    }
}
