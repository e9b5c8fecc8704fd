package asean.review.registry.metrics;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * What an operator watches of the consumed submissions: {@code asean.submissions.registered}, those the registry
 * recorded as rejected ({@code asean.submissions.registry.rejected}), the records sent to the dead-letter topic
 * ({@code asean.submissions.dead.lettered}), and the time from ingest's acceptance (the event's submittedAt) to the
 * registration ({@code asean.submissions.registration.delay}, with a histogram for percentiles).
 */
@ApplicationScoped
@Startup
public class RegistrationMeters {

    private final Counter registered;
    private final Counter rejected;
    private final Counter deadLettered;
    private final Timer delay;

    public RegistrationMeters(MeterRegistry registry) {
        registered = Counter.builder("asean.submissions.registered")
                .description("Submissions stored as a new version")
                .register(registry);
        rejected = Counter.builder("asean.submissions.registry.rejected")
                .description("Submissions the registry recorded as rejected (they also go to the dead-letter topic)")
                .register(registry);
        deadLettered = Counter.builder("asean.submissions.dead.lettered")
                .description("Records sent to the dead-letter topic, for the office to replay")
                .register(registry);
        delay = Timer.builder("asean.submissions.registration.delay")
                .description("From ingest's acceptance (submittedAt) to the registration")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    public void registered(Instant submittedAt, Instant registeredAt) {
        registered.increment();
        if (submittedAt != null && registeredAt != null) {
            Duration waited = Duration.between(submittedAt, registeredAt);
            // Clocks of two machines: a registration a little "before" its acceptance counts as immediate.
            delay.record(waited.isNegative() ? Duration.ZERO : waited);
        }
    }

    public void rejected() {
        rejected.increment();
    }

    public void deadLettered() {
        deadLettered.increment();
    }
}
