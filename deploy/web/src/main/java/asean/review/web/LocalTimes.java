package asean.review.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import asean.review.contract.ReferenceData;

/**
 * Times as the pages show them: in the country's time zone (Asia/Ho_Chi_Minh), never UTC. Templates reach it as
 * {@code inject:localTimes}.
 */
@ApplicationScoped
@Named("localTimes")
public class LocalTimes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ZoneId zone;
    private final Clock clock;

    public LocalTimes(ReferenceData reference, Clock clock) {
        this.zone = ZoneId.of(reference.country().timeZone());
        this.clock = clock;
    }

    /** {@code at} as a local date and time ({@code 2025-09-12 14:05}); empty for none. */
    public String of(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** The local time of day now ({@code 14:05:09}). */
    public String timeNow() {
        return TIME.format(clock.instant().atZone(zone));
    }
}
