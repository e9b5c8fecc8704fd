package asean.review.registry.messaging;

import asean.review.contract.ContributionSubmitted;
import asean.review.registry.service.Rejection;

/**
 * A record of {@code contributions.submitted} once read and checked: either the submission to register, or why it
 * is refused (the dead-letter topic's reason) and, when its submissionId could be read, the rejection to record.
 */
record CheckedRecord(ContributionSubmitted submission, UnprocessableSubmissionException refusal,
        Rejection rejection) {

    static CheckedRecord passed(ContributionSubmitted submission) {
        return new CheckedRecord(submission, null, null);
    }

    static CheckedRecord refused(UnprocessableSubmissionException refusal, Rejection rejection) {
        return new CheckedRecord(null, refusal, rejection);
    }

    boolean passed() {
        return submission != null;
    }
}
