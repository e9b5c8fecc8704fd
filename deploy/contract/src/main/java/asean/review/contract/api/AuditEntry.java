package asean.review.contract.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One change of state, with who made it and when. Contribution fields are empty for a cycle change, and the
 * year too for a record that could not be read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(Instant at, String actor, Action action, Integer year, String ministry, String area,
        Integer version, UUID submissionId, String detail) {

    public enum Action {
        REGISTERED, REJECTED, ACCEPTED, RETURNED, CYCLE_CHANGED, REPLAYED,
        /** An e-mail the registry sent ({@code detail}: what, to whom); {@code MAIL_UNCERTAIN}: it may not have been. */
        MAIL_SENT, MAIL_UNCERTAIN, MAIL_FAILED
    }
}
