package asean.review.contract.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The office's decision on a version: who took it, when, and for a return, what to change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Review(ReviewState state, String message, String reviewedBy, Instant reviewedAt) {

    public static final Review PENDING = new Review(ReviewState.PENDING_REVIEW, null, null, null);
}
