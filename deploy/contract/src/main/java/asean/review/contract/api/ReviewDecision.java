package asean.review.contract.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import asean.review.contract.PlainText;

/**
 * The office accepts a version, or returns it with a message (required then) that the ministry reads with
 * its submission.
 */
public record ReviewDecision(
        @NotNull Decision decision,
        @Size(max = 4_000) @PlainText String message) {

    public enum Decision {
        ACCEPT, RETURN
    }
}
