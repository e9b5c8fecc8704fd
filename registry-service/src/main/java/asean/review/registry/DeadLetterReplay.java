package asean.review.registry;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import asean.review.contract.api.Replay;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dead letter the office put back on the topic; one row per dead letter, so it is replayed once. */
@Entity
@Table(name = "dead_letter_replay")
@IdClass(DeadLetterReplay.Key.class)
public class DeadLetterReplay extends PanacheEntityBase {

    @Id
    @Column(name = "dlq_partition")
    public int dlqPartition;

    @Id
    @Column(name = "dlq_offset")
    public long dlqOffset;

    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "replayed_by")
    public String replayedBy;

    @Column(name = "replayed_at")
    public Instant replayedAt;

    public record Key(int dlqPartition, long dlqOffset) implements Serializable {
    }

    /** Serialises the replays of one dead letter until the transaction ends, so that it is published once. */
    public static void lock(int partition, long offset) {
        getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked", Integer.class)
                .setParameter("key", "dead-letter:" + partition + ":" + offset)
                .getSingleResult();
    }

    public static Optional<DeadLetterReplay> findByPosition(int partition, long offset) {
        return findByIdOptional(new Key(partition, offset));
    }

    public Replay view() {
        return new Replay(dlqPartition, dlqOffset, submissionId, replayedBy, replayedAt);
    }
}
