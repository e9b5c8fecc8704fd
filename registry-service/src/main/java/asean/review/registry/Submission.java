package asean.review.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import asean.review.contract.api.SubmissionStatus;
import asean.review.registry.metrics.SubmissionOutcomes;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What became of one submission: registered (with its version) or rejected (with the reason). */
@Entity
@EntityListeners(SubmissionOutcomes.class)
public class Submission extends PanacheEntityBase {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Enumerated(EnumType.STRING)
    public SubmissionStatus.State status;

    public String reason;
    public Integer year;
    public String ministry;
    public String area;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "processed_at")
    public Instant processedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** The submissions among {@code ids} that reached the registry before, by id. */
    public static Map<UUID, Submission> byId(Collection<UUID> ids) {
        // One array parameter: the same statement whatever the batch's size (an "in" list would be a new one each).
        List<Submission> found = getEntityManager().createNativeQuery(
                "select * from submission where submission_id = any(cast(:ids as uuid[]))", Submission.class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultList();
        return found.stream().collect(Collectors.toMap(s -> s.submissionId, Function.identity()));
    }
}
