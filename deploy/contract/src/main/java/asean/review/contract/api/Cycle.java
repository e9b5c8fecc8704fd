package asean.review.contract.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import asean.review.contract.PlainText;

/**
 * The coordinator's frame for one year. On {@code PUT}, chair and theme default to the reference data's
 * and {@code year} and {@code updatedAt} are ignored (the path names the year). {@code reminderDays} says how many
 * days before the deadline the ministries still missing are reminded by e-mail ({@link #DEFAULT_REMINDER_DAYS} when
 * absent; an empty list sends no reminder before the deadline).
 */
public record Cycle(
        Integer year,
        @Size(max = 100) @PlainText String chair,
        @Size(max = 300) @PlainText String theme,
        @Size(max = 20_000) @PlainText String overview,
        @Size(max = 100) List<@NotBlank @Size(max = 1_000) @PlainText String> facts,
        @NotNull LocalDate deadline,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 64) String> expectedMinistries,
        @Size(max = 10) List<@NotNull @Min(1) @Max(365) Integer> reminderDays,
        Instant updatedAt) {

    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(14, 7, 1);

    public Cycle {
        facts = facts == null ? List.of() : facts;
        reminderDays = reminderDays == null ? DEFAULT_REMINDER_DAYS : reminderDays;
    }

    /** A cycle with the default reminders. */
    public Cycle(Integer year, String chair, String theme, String overview, List<String> facts, LocalDate deadline,
            List<String> expectedMinistries, Instant updatedAt) {
        this(year, chair, theme, overview, facts, deadline, expectedMinistries, null, updatedAt);
    }
}
