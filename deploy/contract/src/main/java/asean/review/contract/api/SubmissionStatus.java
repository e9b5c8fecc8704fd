package asean.review.contract.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What became of one submission and, once registered, where its version stands in review. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionStatus(UUID submissionId, State status, Integer version, String reason, Review review) {

    public enum State {
        PENDING, REGISTERED, REJECTED
    }
}
