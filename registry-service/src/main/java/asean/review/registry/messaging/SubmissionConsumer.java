package asean.review.registry.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import asean.review.contract.ContributionSubmitted;
import asean.review.registry.ContributionVersion;
import asean.review.registry.service.Rejection;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Consumes {@code contributions.submitted} a batch at a time (what one poll returns, up to
 * {@code max.poll.records}): every record is checked, then the batch is stored in one transaction. A record that
 * cannot be read or breaks a rule is recorded as REJECTED (when its submissionId can be read) in that transaction
 * and sent to the dead-letter topic with the reason. The batch's offsets are committed only after that.
 */
@ApplicationScoped
public class SubmissionConsumer {

    private static final Logger LOG = Logger.getLogger(SubmissionConsumer.class);

    private final SubmissionCheck check;
    private final SubmissionStore store;

    public SubmissionConsumer(SubmissionCheck check, SubmissionStore store) {
        this.check = check;
        this.store = store;
    }

    @Incoming("contributions-submitted")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        Map<UUID, KafkaRecord<String, String>> passed = new HashMap<>();
        List<ContributionSubmitted> submissions = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        List<KafkaRecord<String, String>> records = batch.getRecords();
        // Reading and checking, a fifth of a batch's work, need nothing but the record: every core shares them.
        List<CheckedRecord> checks = records.parallelStream().map(record -> check.check(record.getPayload())).toList();
        for (int i = 0; i < records.size(); i++) {
            KafkaRecord<String, String> record = records.get(i);
            CheckedRecord checked = checks.get(i);
            if (checked.passed()) {
                submissions.add(checked.submission());
                passed.put(checked.submission().submissionId(), record);
                continue;
            }
            if (checked.rejection() != null) {
                rejections.add(checked.rejection());
            }
            refused.add(new Refused(record, checked.refusal()));
        }
        List<ContributionVersion> registered;
        try {
            registered = store.store(submissions, rejections);
        } catch (RuntimeException e) {
            // The database stayed out of reach longer than the retries: every record of the batch goes to the
            // dead-letter topic with the reason, for the office to replay once it is back.
            return batch.nack(e);
        }
        registered.forEach(version -> logRegistered(version, passed.get(version.submissionId)));
        CompletableFuture<?>[] deadLettered = refused.stream()
                .map(r -> r.record().nack(r.reason()).toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deadLettered).thenCompose(sent -> batch.ack());
    }

    /** One line per registration, in the trace of its record (the submission's, from ingest's request on). */
    private static void logRegistered(ContributionVersion version, KafkaRecord<String, String> record) {
        Context trace = record.getMetadata(TracingMetadata.class).map(TracingMetadata::getCurrentContext)
                .orElse(Context.current());
        try (Scope scope = trace.makeCurrent()) {
            LOG.infof("submission %s registered as %d:%s:%s version %d", version.submissionId, version.year,
                    version.ministry, version.area, version.version);
        }
    }

    /** A record sent to the dead-letter topic (by its nack), with the reason. */
    private record Refused(KafkaRecord<String, String> record, UnprocessableSubmissionException reason) {
    }
}
