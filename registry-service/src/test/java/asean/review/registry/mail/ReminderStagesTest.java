package asean.review.registry.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import asean.review.registry.mail.ReminderStages.Stage;

/** Which reminder is due on a day, without a server. */
class ReminderStagesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2030, 12, 15);

    private static Optional<String> due(String day, List<Integer> days) {
        return ReminderStages.due(DEADLINE, days, LocalDate.parse(day)).map(Stage::name);
    }

    @Test
    void nothingIsDueBeforeTheFirstStage() {
        assertThat(due("2030-11-30", List.of(14, 7, 1))).isEmpty();
    }

    @Test
    void eachStageIsDueFromItsDay() {
        assertThat(due("2030-12-01", List.of(14, 7, 1))).contains("D-14");
        assertThat(due("2030-12-07", List.of(14, 7, 1))).contains("D-14");
        assertThat(due("2030-12-08", List.of(14, 7, 1))).contains("D-7");
        assertThat(due("2030-12-14", List.of(14, 7, 1))).contains("D-1");
        assertThat(due("2030-12-15", List.of(14, 7, 1))).as("the deadline day itself").contains("D-1");
        assertThat(due("2030-12-16", List.of(14, 7, 1))).contains(ReminderStages.AFTER_DEADLINE);
    }

    @Test
    void aLateStartGetsOnlyTheLatestStageAndAnyOrderOfDaysWorks() {
        assertThat(due("2030-12-15", List.of(1, 14, 7))).contains("D-1");
        assertThat(due("2031-01-10", List.of(14, 7, 1))).contains("D+1");
    }

    @Test
    void withoutReminderDaysOnlyTheDayAfterTheDeadlineReminds() {
        assertThat(due("2030-12-14", List.of())).isEmpty();
        assertThat(due("2030-12-16", List.of())).contains("D+1");
    }
}
