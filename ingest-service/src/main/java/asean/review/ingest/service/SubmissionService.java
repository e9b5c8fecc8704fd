package asean.review.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.contract.Contribution;
import asean.review.contract.ContributionSubmitted;
import asean.review.contract.Submitter;
import asean.review.ingest.config.IngestConfig;
import asean.review.ingest.messaging.ContributionPublisher;
import io.smallrye.mutiny.Uni;

/**
 * Validates a submission and publishes it. The answer comes only after Kafka acknowledged the record;
 * a failure or a timeout before that is a {@link PublishFailedException}, never a silent loss.
 */
@ApplicationScoped
public class SubmissionService {

    private final ContributionValidator validator;
    private final ContributionPublisher publisher;
    private final IdempotencyStore idempotency;
    private final IngestConfig config;
    private final ObjectMapper json;

    public SubmissionService(ContributionValidator validator, ContributionPublisher publisher,
            IdempotencyStore idempotency, IngestConfig config, ObjectMapper json) {
        this.validator = validator;
        this.publisher = publisher;
        this.idempotency = idempotency;
        this.config = config;
        this.json = json;
    }

    /** {@code submitter} comes from the caller's verified token and travels with the event. */
    public Uni<SubmissionAccepted> submit(Contribution contribution, Submitter submitter, String idempotencyKey) {
        validator.check(contribution);
        if (idempotencyKey == null) {
            return publish(UUID.randomUUID(), submitter, contribution);
        }
        String scopedKey = contribution.ministry() + ":" + idempotencyKey;
        IdempotencyStore.Entry fresh = IdempotencyStore.Entry.open(fingerprint(contribution));
        IdempotencyStore.Entry earlier = idempotency.putIfAbsent(scopedKey, fresh);
        if (earlier != null) {
            if (!earlier.fingerprint().equals(fresh.fingerprint())) {
                throw new IdempotencyConflictException(idempotencyKey);
            }
            return Uni.createFrom().completionStage(earlier.answer());
        }
        // Derived from the key, so a retry after this instance forgot the key carries the same
        // submissionId and the registry, which stores each submissionId once, ignores it.
        UUID submissionId = UUID.nameUUIDFromBytes(scopedKey.getBytes(StandardCharsets.UTF_8));
        return publish(submissionId, submitter, contribution)
                .invoke(fresh.answer()::complete)
                .onFailure().invoke(failure -> {
                    idempotency.forget(scopedKey, fresh);
                    fresh.answer().completeExceptionally(failure);
                });
    }

    private Uni<SubmissionAccepted> publish(UUID submissionId, Submitter submitter, Contribution contribution) {
        ContributionSubmitted event = ContributionSubmitted.of(submissionId, Instant.now(), submitter, contribution);
        return publisher.publish(event)
                .ifNoItem().after(config.publishTimeout()).fail()
                .onFailure().transform(PublishFailedException::new)
                .replaceWith(() -> SubmissionAccepted.pending(submissionId, config.statusBaseUrl()));
    }

    private String fingerprint(Contribution contribution) {
        try {
            byte[] canonical = json.writeValueAsBytes(contribution);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
