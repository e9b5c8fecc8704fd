package asean.review.contract;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The services' clock, one place for all of them. */
@Singleton
public class ClockProducer {

    /** Ticks in microseconds, PostgreSQL's precision, so that an instant reads back as it was written. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
