package asean.review.report.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import asean.review.contract.EventLevel;
import asean.review.contract.InitiativeStatus;
import asean.review.contract.Pillar;
import asean.review.contract.RoleKind;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.ReviewState;

/**
 * The year-end review brief: eight sections compiled from the cycle, the current contributions and the
 * reference data, and how the year compares with the one before. Every statement in sections 2 to 7 carries the
 * ministry it came from. {@code yearOverYear} is null in editions frozen before briefs compared years.
 */
public record Brief(
        int year,
        int nextYear,
        Country country,
        Instant generatedAt,
        String revision,
        AseanYear aseanYear,
        List<PillarSection> participation,
        List<RoleRow> roles,
        List<EventRow> events,
        List<InitiativeRow> initiatives,
        List<Statement> difficulties,
        List<Statement> recommendations,
        Orientations orientations,
        Annex annex,
        YearOverYear yearOverYear,
        EditionInfo edition) {

    /** This brief as edition {@code edition}; a brief fresh from the data is a working draft (null). */
    public Brief withEdition(EditionInfo edition) {
        return new Brief(year, nextYear, country, generatedAt, revision, aseanYear, participation, roles, events,
                initiatives, difficulties, recommendations, orientations, annex, yearOverYear, edition);
    }

    /** Which edition this is, who froze it and when. */
    public record EditionInfo(int number, String frozenBy, Instant frozenAt) {
    }

    /**
     * The reporting country, in English and in its own language, and its time zone (the brief's times are its local
     * times; null in editions frozen before the brief carried it).
     */
    public record Country(String name, String nameLocal, String timeZone) {
    }

    /** Section 1. {@code cycleSet} is false while the coordinator has not opened the cycle. */
    public record AseanYear(boolean cycleSet, String chair, String theme, String overview, List<String> facts) {
    }

    /** Section 2: one pillar, its areas, each ministry's report on each. */
    public record PillarSection(Pillar pillar, List<AreaSection> areas) {
    }

    public record AreaSection(String area, String name, List<MinistryReport> reports) {
    }

    public record MinistryReport(Ministry ministry, String summary, List<String> outcomes, Source source) {
    }

    /**
     * The contribution and version a statement of the brief came from, and the language it was written in (null in
     * editions frozen before sources were kept; {@code language} null in those frozen before it was).
     */
    public record Source(String ministry, String area, int version, String language) {
    }

    /** A ministry as the brief names it: its code and its names in the reference data of that time. */
    public record Ministry(String code, String name, String nameLocal) {
    }

    public record RoleRow(String mechanism, RoleKind role, String partner, Ministry ministry, String term, Source source) {
    }

    public record EventRow(String name, String date, String city, EventLevel level, Ministry ministry, Source source) {
    }

    public record InitiativeRow(String title, InitiativeStatus status, String description, Ministry ministry, Source source) {
    }

    /** One sentence or item a ministry wrote. */
    public record Statement(Ministry ministry, String text, Source source) {
    }

    /** Section 7. */
    public record Orientations(List<PillarPriorities> priorities, List<EventRow> plannedEvents) {
    }

    public record PillarPriorities(Pillar pillar, List<Statement> priorities) {
    }

    /**
     * Section 8: who reported, exactly which version of each contribution the brief used, and which latest
     * versions the office has not accepted (pending review or returned), which the brief leaves out.
     */
    public record Annex(LocalDate deadline, List<AnnexEntry> ministries, List<ReviewItem> notAccepted) {
        public Annex {
            notAccepted = notAccepted == null ? List.of() : notAccepted;
        }
    }

    public record ReviewItem(Ministry ministry, String area, int version, ReviewState state, Instant submittedAt) {
    }

    /** {@code status} is null when no cycle is set. */
    public record AnnexEntry(Ministry ministry, boolean expected, Completeness.Status status,
            List<UsedContribution> used) {
    }

    /**
     * A version the brief used; {@code enteredOnBehalfBy} is the office's user who entered it for the ministry (from
     * its signed letter), null when the ministry submitted it itself.
     */
    public record UsedContribution(String area, int version, Instant submittedAt, Instant registeredAt,
            boolean amended, String enteredOnBehalfBy) {
    }

    /**
     * What changed since the previous year, from its accepted contributions ({@code previousRecorded} false when it has
     * none, so nothing can be compared): contributions per pillar, what the ministries did in each year, leadership
     * roles that are new or ended, and the ministries that reported then and not now, after the reference data's
     * mergers (a ministry merged into one that reports did not stop reporting).
     */
    public record YearOverYear(int previousYear, boolean previousRecorded, List<PillarCount> contributionsByPillar,
            Tally previous, Tally current, List<RoleRow> newRoles, List<RoleRow> endedRoles,
            List<Absence> noLongerReporting) {
    }

    public record PillarCount(Pillar pillar, int previous, int current) {
    }

    /** One year's counts. */
    public record Tally(int ministries, int contributions, int roles, int eventsHosted, int initiativesAdopted) {
    }

    /** A ministry that reported in the previous year and not in this one; {@code now} is its successor, if merged. */
    public record Absence(Ministry then, Ministry now) {
    }
}
