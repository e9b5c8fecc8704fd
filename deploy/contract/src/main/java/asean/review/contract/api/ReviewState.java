package asean.review.contract.api;

/** Where a registered version stands with the coordination office. */
public enum ReviewState {
    PENDING_REVIEW, ACCEPTED, RETURNED
}
