package asean.review.ingest.service;

import java.time.Instant;
import java.util.UUID;

import asean.review.ingest.web.form.ContributionForm;

/**
 * A contribution an officer is still writing, as typed. {@code amends} names the contribution
 * ({@code year/ministry/area}) it amends, or is null for a new one.
 */
public record Draft(UUID id, String owner, String ministry, DraftContent content, Instant updatedAt) {

    /** What is stored: the form as typed, and the contribution it amends ({@code year/ministry/area}) if any. */
    public record DraftContent(ContributionForm form, String amends) {
    }
}
