package asean.review.registry.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;

import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

import asean.review.contract.api.AuditEntry.Action;
import asean.review.registry.AuditEvent;
import asean.review.registry.DeadLetterReplay;
import asean.review.contract.api.DeadLetterEntry;
import asean.review.contract.api.Replay;
import asean.review.registry.config.DeadLetterConfig;
import asean.review.registry.messaging.DeadLetter;
import asean.review.registry.messaging.DeadLetterTopic;
import asean.review.registry.messaging.LenientPayload;
import asean.review.registry.messaging.ReplayPublisher;

/**
 * The records the registry could not process, as the office sees them, and their replay: a dead letter is put
 * back on {@code contributions.submitted} once (a second replay answers the first), and the consumer, which
 * registers each submissionId once, decides on it again.
 */
@ApplicationScoped
@Transactional
public class DeadLetterService {

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class);

    private final DeadLetterTopic topic;
    private final ReplayPublisher publisher;
    private final DeadLetterConfig config;
    private final Clock clock;

    public DeadLetterService(DeadLetterTopic topic, ReplayPublisher publisher, DeadLetterConfig config, Clock clock) {
        this.topic = topic;
        this.publisher = publisher;
        this.config = config;
        this.clock = clock;
    }

    /** What a replay did: {@code republished} is false when the dead letter had been replayed before. */
    public record Outcome(Replay replay, boolean republished) {
    }

    public List<DeadLetterEntry> list() {
        List<DeadLetter> letters = read(topic::readAll);
        Map<DeadLetterReplay.Key, DeadLetterReplay> replays = DeadLetterReplay.<DeadLetterReplay>streamAll()
                .collect(Collectors.toMap(r -> new DeadLetterReplay.Key(r.dlqPartition, r.dlqOffset),
                        Function.identity()));
        return letters.stream()
                .map(l -> entry(l, replays.get(new DeadLetterReplay.Key(l.partition(), l.offset()))))
                .toList();
    }

    private static DeadLetterEntry entry(DeadLetter letter, DeadLetterReplay replay) {
        return new DeadLetterEntry(letter.partition(), letter.offset(), letter.key(), letter.deadLetteredAt(),
                letter.reason(), letter.cause(),
                new DeadLetterEntry.Origin(letter.originalTopic(), letter.originalPartition(), letter.originalOffset()),
                LenientPayload.read(letter.payload()).submissionId(), letter.payload(),
                replay == null ? null : replay.view());
    }

    /**
     * Publishes the dead letter's record again and waits for Kafka's acknowledgement, then records the replay
     * and audits it; the lock makes a concurrent replay of the same dead letter wait and then answer this one.
     */
    public Outcome replay(int partition, long offset, String replayedBy) {
        DeadLetterReplay.lock(partition, offset);
        Optional<DeadLetterReplay> earlier = DeadLetterReplay.findByPosition(partition, offset);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get().view(), false);
        }
        DeadLetter letter = read(() -> topic.read(partition, offset)).orElseThrow(() -> new NotFoundException(
                "the dead-letter topic " + config.topic() + " has no record at partition " + partition + ", offset "
                        + offset + "; GET /api/v1/dead-letters lists the dead letters"));
        if (letter.payload() == null) {
            throw new ClientErrorException("the dead letter at partition " + partition + ", offset " + offset
                    + " has no value: there is nothing to replay", Status.CONFLICT);
        }
        // Stamped before the record is out: the consumer may register it before this transaction commits,
        // and the audit trail, in time order, shows the replay first.
        Instant now = clock.instant();
        try {
            publisher.publish(letter).ifNoItem().after(config.publishTimeout()).fail().await().indefinitely();
        } catch (RuntimeException e) {
            throw new KafkaUnavailableException("Kafka did not acknowledge the replayed record in time; the replay"
                    + " is not recorded, try again later (the registry stores a submission once, however often it"
                    + " comes)", e);
        }
        LenientPayload readable = LenientPayload.read(letter.payload());
        DeadLetterReplay replay = new DeadLetterReplay();
        replay.dlqPartition = partition;
        replay.dlqOffset = offset;
        replay.submissionId = readable.submissionId();
        replay.replayedBy = replayedBy;
        replay.replayedAt = now;
        replay.persist();
        AuditEvent audit = AuditEvent.of(now, replayedBy, Action.REPLAYED, readable.year(), "dead letter at partition "
                + partition + ", offset " + offset + " replayed" + (letter.reason() == null ? ""
                        : "; it had been dead-lettered because: " + letter.reason()));
        audit.ministry = readable.ministry();
        audit.area = readable.area();
        audit.submissionId = readable.submissionId();
        audit.persist();
        LOG.infof("dead letter %d:%d (submission %s) replayed by %s", partition, offset, readable.submissionId(),
                replayedBy);
        return new Outcome(replay.view(), true);
    }

    private <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (KafkaException e) {
            throw new KafkaUnavailableException("could not read the dead-letter topic " + config.topic() + ": "
                    + e.getMessage(), e);
        }
    }
}
