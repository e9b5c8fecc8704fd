package asean.review.ingest.service;

import java.util.UUID;

/** The 202 answer: the submission is in Kafka and its status can be read at {@code statusUrl}. */
public record SubmissionAccepted(UUID submissionId, String status, String statusUrl) {

    public static SubmissionAccepted pending(UUID submissionId, String statusBaseUrl) {
        return new SubmissionAccepted(submissionId, "PENDING", statusBaseUrl + "/api/v1/submissions/" + submissionId);
    }
}
