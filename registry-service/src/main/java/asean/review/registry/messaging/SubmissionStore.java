package asean.review.registry.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;

import asean.review.contract.ContributionSubmitted;
import asean.review.registry.ContributionVersion;
import asean.review.registry.service.Rejection;
import asean.review.registry.service.RegistrationService;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/** Stores a batch of checked records, each attempt in a transaction of its own; answers the versions registered. */
@ApplicationScoped
public class SubmissionStore {

    private final RegistrationService registration;

    public SubmissionStore(RegistrationService registration) {
        this.registration = registration;
    }

    /**
     * A failure to store (the database is down, say) is retried with pauses growing to 2 s for about three
     * minutes, holding the partitions, before the caller gives the batch up: registration goes on within 2 s of
     * the database being back.
     */
    @Retry(maxRetries = 100, delay = 200, maxDuration = 200_000)
    @ExponentialBackoff(maxDelay = 2_000)
    public List<ContributionVersion> store(List<ContributionSubmitted> submissions, List<Rejection> rejections) {
        return registration.store(submissions, rejections);
    }
}
