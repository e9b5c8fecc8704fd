package asean.review.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.contract.Contribution;
import asean.review.contract.ContributionSubmitted;
import asean.review.contract.Submitter;
import asean.review.ingest.config.IngestConfig;
import asean.review.ingest.messaging.ContributionPublisher;
import asean.review.ingest.metrics.SubmissionMeters;

/**
 * Validates a submission and publishes it. The answer comes only after Kafka acknowledged the record;
 * a failure or a timeout before that is a {@link PublishFailedException}, never a silent loss.
 */
@ApplicationScoped
public class SubmissionService {

    private static final Logger LOG = Logger.getLogger(SubmissionService.class);

    private final ContributionValidator validator;
    private final ContributionPublisher publisher;
    private final IdempotencyStore idempotency;
    private final IngestConfig config;
    private final ObjectMapper json;
    private final SubmissionMeters meters;

    public SubmissionService(ContributionValidator validator, ContributionPublisher publisher,
            IdempotencyStore idempotency, IngestConfig config, ObjectMapper json, SubmissionMeters meters) {
        this.validator = validator;
        this.publisher = publisher;
        this.idempotency = idempotency;
        this.config = config;
        this.json = json;
        this.meters = meters;
    }

    /**
     * {@code submitter} comes from the caller's verified token and travels with the event. A submission
     * with an Idempotency-Key gets a submissionId derived from the key, so that however often it is
     * retried, on whichever instance, the registry (which stores each submissionId once) stores it once.
     */
    public SubmissionAccepted submit(Contribution contribution, Submitter submitter, String idempotencyKey) {
        try {
            SubmissionAccepted accepted = accept(contribution, submitter, idempotencyKey);
            meters.accepted();
            return accepted;
        } catch (RuntimeException e) {
            meters.rejected(e);
            throw e;
        }
    }

    private SubmissionAccepted accept(Contribution contribution, Submitter submitter, String idempotencyKey) {
        validator.check(contribution);
        if (idempotencyKey == null) {
            return publish(UUID.randomUUID(), submitter, contribution);
        }
        String scopedKey = scope(submitter, contribution) + ":" + idempotencyKey;
        UUID submissionId = UUID.nameUUIDFromBytes(scopedKey.getBytes(StandardCharsets.UTF_8));
        String fingerprint = fingerprint(contribution);
        if (!idempotency.claim(scopedKey, fingerprint, submissionId).equals(fingerprint)) {
            throw new IdempotencyConflictException(idempotencyKey);
        }
        // Published again on a retry: the first attempt may never have reached Kafka.
        return publish(submissionId, submitter, contribution);
    }

    /**
     * Whose keys a key is one of: the ministry's, or the office's for that ministry (a key has no space, so the two
     * never meet): the office entering a letter never gets, nor spoils, the answer to the ministry's own key.
     */
    private static String scope(Submitter submitter, Contribution contribution) {
        return submitter.onBehalf() ? "office " + contribution.ministry() : contribution.ministry();
    }

    private SubmissionAccepted publish(UUID submissionId, Submitter submitter, Contribution contribution) {
        ContributionSubmitted event = ContributionSubmitted.of(submissionId, Instant.now(), submitter, contribution);
        try {
            publisher.publish(event).await().atMost(config.publishTimeout());
        } catch (RuntimeException e) {
            throw new PublishFailedException(e);
        }
        LOG.infof("submission %s of %s published", submissionId, contribution.key());
        return SubmissionAccepted.pending(submissionId, config.statusBaseUrl());
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
