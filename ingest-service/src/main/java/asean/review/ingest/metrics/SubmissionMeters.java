package asean.review.ingest.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;

import asean.review.ingest.service.IdempotencyConflictException;
import asean.review.ingest.service.IdempotencyStoreUnavailableException;
import asean.review.ingest.service.InvalidContributionException;
import asean.review.ingest.service.PublishFailedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * What an operator watches of the submissions, by API or by the ministries' pages: {@code asean.submissions.accepted}
 * (answered 202: Kafka holds them) and {@code asean.submissions.rejected} by reason (one of {@link Reason}).
 */
@ApplicationScoped
@Startup
public class SubmissionMeters {

    public enum Reason {
        /** A rule of the contribution or of the request (400). */
        INVALID,
        /** A submitter for another ministry than the body's (403). */
        FORBIDDEN,
        /** An Idempotency-Key reused with another body (422). */
        IDEMPOTENCY_CONFLICT,
        /** Kafka did not acknowledge in time (503). */
        KAFKA_UNAVAILABLE,
        /** The Idempotency-Key store did not answer in time (503). */
        STORE_UNAVAILABLE,
        /** Anything else (500). */
        ERROR;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Reason of(RuntimeException failure) {
            if (failure instanceof InvalidContributionException) {
                return INVALID;
            }
            if (failure instanceof ForbiddenException) {
                return FORBIDDEN;
            }
            if (failure instanceof IdempotencyConflictException) {
                return IDEMPOTENCY_CONFLICT;
            }
            if (failure instanceof PublishFailedException) {
                return KAFKA_UNAVAILABLE;
            }
            if (failure instanceof IdempotencyStoreUnavailableException) {
                return STORE_UNAVAILABLE;
            }
            return ERROR;
        }
    }

    private final Counter accepted;
    private final Map<Reason, Counter> rejected = new EnumMap<>(Reason.class);

    public SubmissionMeters(MeterRegistry registry) {
        accepted = Counter.builder("asean.submissions.accepted")
                .description("Submissions Kafka holds (answered 202)")
                .register(registry);
        for (Reason reason : Reason.values()) {
            rejected.put(reason, Counter.builder("asean.submissions.rejected")
                    .description("Submissions refused, by reason; nothing was published")
                    .tag("reason", reason.tag())
                    .register(registry));
        }
    }

    public void accepted() {
        accepted.increment();
    }

    /** Counts the submission that {@code failure} refused, by its kind. */
    public void rejected(RuntimeException failure) {
        rejected.get(Reason.of(failure)).increment();
    }
}
