package asean.review.registry.messaging;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import asean.review.contract.ContractJson;
import asean.review.contract.ContributionRules;
import asean.review.contract.ContributionSubmitted;
import asean.review.contract.Problem.FieldError;
import asean.review.contract.Submitter;
import asean.review.registry.service.RegistrationService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * Consumes {@code contributions.submitted}. A record that cannot be read or breaks a rule is recorded as
 * REJECTED (when its submissionId can be read) and then thrown, which sends it to the dead-letter topic
 * with the reason; the offset is committed only after the record was handled.
 */
@ApplicationScoped
public class SubmissionConsumer {

    private final RegistrationService registration;
    private final ContributionRules rules;

    public SubmissionConsumer(RegistrationService registration, ContributionRules rules) {
        this.registration = registration;
        this.rules = rules;
    }

    /**
     * A failure to store (the database is down, say) is retried with pauses growing to 2 s for about three
     * minutes, holding the partition, before the record goes to the dead-letter topic: registration goes on
     * within 2 s of the database being back.
     */
    @Incoming("contributions-submitted")
    @Blocking
    @Retry(maxRetries = 100, delay = 200, maxDuration = 200_000, abortOn = UnprocessableSubmissionException.class)
    @ExponentialBackoff(maxDelay = 2_000)
    public void consume(String payload) {
        ContributionSubmitted event = read(payload);
        List<FieldError> broken = rules.check(event.contribution());
        if (!broken.isEmpty()) {
            reject(event, broken.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; ", "the contribution breaks the rules: ", "")));
        }
        if (event.schemaVersion() >= 2) {
            checkSubmitter(event);
        }
        registration.register(event);
    }

    /**
     * From schema 2 on, the submitter must speak for the contribution's ministry. A schema 1 event was
     * accepted by ingest before submitters were known: it is registered with an unknown submitter rather
     * than lost.
     */
    private void checkSubmitter(ContributionSubmitted event) {
        Submitter submitter = event.submitter();
        if (submitter == null || submitter.name() == null || submitter.name().isBlank()) {
            reject(event, "the event names no submitter");
        }
        if (!event.contribution().ministry().equals(submitter.ministry())) {
            reject(event, "the submitter speaks for " + submitter.ministry() + ", not for "
                    + event.contribution().ministry());
        }
    }

    private void reject(ContributionSubmitted event, String reason) {
        registration.reject(event.submissionId(), event.contribution(), event.submittedAt(), event.submitter(),
                reason);
        throw new UnprocessableSubmissionException(reason, null);
    }

    private ContributionSubmitted read(String payload) {
        if (payload == null) {
            throw new UnprocessableSubmissionException("the record has no value", null);
        }
        try {
            ContributionSubmitted event = ContractJson.read(payload);
            if (event.submissionId() == null || event.submittedAt() == null) {
                throw new IOException("submissionId and submittedAt are required");
            }
            if (event.schemaVersion() < 1 || event.schemaVersion() > ContributionSubmitted.SCHEMA_VERSION) {
                throw new IOException("schemaVersion " + event.schemaVersion() + " is not supported (1 to "
                        + ContributionSubmitted.SCHEMA_VERSION + ")");
            }
            return event;
        } catch (IOException e) {
            String reason = "the record is not a readable ContributionSubmitted event: " + e.getMessage();
            UUID id = LenientPayload.read(payload).submissionId();
            if (id != null) {
                registration.reject(id, null, null, null, reason);
            }
            throw new UnprocessableSubmissionException(reason, e);
        }
    }
}
