package asean.review.registry.service;

import java.time.Instant;
import java.util.UUID;

import asean.review.contract.Contribution;
import asean.review.contract.Submitter;

/**
 * A submission the registry refuses, and why; what could be read of it is kept with the reason (the contribution,
 * its time and submitter are null when the record could not be read).
 */
public record Rejection(UUID submissionId, Contribution contribution, Instant submittedAt, Submitter submitter,
        String reason) {
}
