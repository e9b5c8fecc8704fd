package asean.review.contract.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import asean.review.contract.PlainText;

/**
 * The coordinator's frame for one year. On {@code PUT}, chair and theme default to the reference data's
 * and {@code year} and {@code updatedAt} are ignored (the path names the year).
 */
public record Cycle(
        Integer year,
        @Size(max = 100) @PlainText String chair,
        @Size(max = 300) @PlainText String theme,
        @Size(max = 20_000) @PlainText String overview,
        @Size(max = 100) List<@NotBlank @Size(max = 1_000) @PlainText String> facts,
        @NotNull LocalDate deadline,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 64) String> expectedMinistries,
        Instant updatedAt) {

    public Cycle {
        facts = facts == null ? List.of() : facts;
    }
}
