package asean.review.contract;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Version 1 of what a ministry submits: its report on one area for one year.
 * Identity is (year, ministry, area); codes are checked against reference data by {@link ContributionRules}.
 */
public record Contribution(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = Limits.CODE) @PlainText String ministry,
        @NotNull @Pattern(regexp = Pillar.PATTERN, message = "must be one of " + Pillar.LIST) String pillar,
        @NotBlank @Size(max = Limits.CODE) @PlainText String area,
        @Size(max = Limits.NAME) @PlainText String areaName,
        @NotBlank @Size(max = Limits.SUMMARY) @PlainText String summary,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.TEXT) @PlainText String> outcomes,
        @Size(max = Limits.ITEMS) List<@NotNull @Valid Role> roles,
        @Size(max = Limits.ITEMS) List<@NotNull @Valid Event> eventsHosted,
        @Size(max = Limits.ITEMS) List<@NotNull @Valid Initiative> initiatives,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.TEXT) @PlainText String> difficulties,
        @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.TEXT) @PlainText String> recommendations,
        @Valid NextYear nextYear,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP-47 language tag such as en or vi")
        String language) {

    public static final String DEFAULT_LANGUAGE = "en";

    public Contribution {
        outcomes = orEmpty(outcomes);
        roles = orEmpty(roles);
        eventsHosted = orEmpty(eventsHosted);
        initiatives = orEmpty(initiatives);
        difficulties = orEmpty(difficulties);
        recommendations = orEmpty(recommendations);
        nextYear = nextYear == null ? new NextYear(List.of(), List.of()) : nextYear;
        language = language == null ? DEFAULT_LANGUAGE : language;
    }

    /** The Kafka key and the identity of the contribution: {@code year:ministry:area}. */
    public String key() {
        return year + ":" + ministry + ":" + area;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A mechanism Viet Nam chaired, coordinated or hosted. */
    public record Role(
            @NotBlank @Size(max = Limits.NAME) @PlainText String mechanism,
            @NotNull @Pattern(regexp = RoleKind.PATTERN, message = "must be one of " + RoleKind.LIST) String role,
            @Size(max = Limits.NAME) @PlainText String partner,
            @Size(max = Limits.CODE) @PlainText String term) {
    }

    /** An event hosted in the year, or planned for the next. */
    public record Event(
            @NotBlank @Size(max = Limits.NAME) @PlainText String name,
            @NotNull @IsoDateOrMonth String date,
            @Size(max = Limits.NAME) @PlainText String city,
            @Pattern(regexp = EventLevel.PATTERN, message = "must be one of " + EventLevel.LIST) String level) {
    }

    public record Initiative(
            @NotBlank @Size(max = Limits.NAME) @PlainText String title,
            @NotNull @Pattern(regexp = InitiativeStatus.PATTERN, message = "must be one of " + InitiativeStatus.LIST)
            String status,
            @Size(max = Limits.TEXT) @PlainText String description) {
    }

    /** Orientations for year + 1. */
    public record NextYear(
            @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.TEXT) @PlainText String> priorities,
            @Size(max = Limits.ITEMS) List<@NotNull @Valid Event> plannedEvents) {

        public NextYear {
            priorities = orEmpty(priorities);
            plannedEvents = orEmpty(plannedEvents);
        }
    }

    /** Size limits of the contract, in characters or items. */
    public static final class Limits {
        public static final int CODE = 64;
        public static final int NAME = 300;
        public static final int TEXT = 4_000;
        public static final int SUMMARY = 8_000;
        public static final int ITEMS = 200;

        private Limits() {
        }
    }
}
