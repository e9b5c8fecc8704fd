package asean.review.registry.mail;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which reminder of a cycle is due on a day: one {@code n} days before the deadline for each of the cycle's reminder
 * days, and {@link #AFTER_DEADLINE} the day after it. Only the latest stage whose day has come is due (a service
 * that starts late sends that one, not every one it missed).
 */
public final class ReminderStages {

    /** The stage of the reminder sent the day after the deadline. */
    public static final String AFTER_DEADLINE = "D+1";

    private ReminderStages() {
    }

    /** A stage: its name (the outbox key, {@code D-7}, {@code D+1}) and its day. */
    public record Stage(String name, LocalDate day) {
    }

    public static Optional<Stage> due(LocalDate deadline, List<Integer> reminderDays, LocalDate today) {
        Stage after = new Stage(AFTER_DEADLINE, deadline.plusDays(1));
        return Stream.concat(reminderDays.stream().map(days -> new Stage("D-" + days,
                deadline.minusDays(days))), Stream.of(after))
                .filter(stage -> !stage.day().isAfter(today))
                .max(Comparator.comparing(Stage::day));
    }
}
