package asean.review.report.diff;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import asean.review.contract.Contribution;

/**
 * Two versions of one contribution compared field by field: one section per field, in the contract's order,
 * keyed by field name: pillar, areaName, summary, outcomes, roles, eventsHosted, initiatives, difficulties,
 * recommendations, nextYear.priorities, nextYear.plannedEvents, language. Year, ministry and area are the
 * contribution's identity and the same in both versions. Against no previous version (the first), every non-empty
 * value and every row is ADDED. How list rows are matched: {@link RowMatcher}.
 */
public record ContributionDiff(boolean firstVersion, List<SectionDiff> sections) {

    public ContributionDiff {
        sections = List.copyOf(sections);
    }

    /** {@code previous} is null for a first version; otherwise it must have the same key as {@code current}. */
    public static ContributionDiff between(Contribution previous, Contribution current) {
        Objects.requireNonNull(current, "current");
        if (previous != null && !previous.key().equals(current.key())) {
            throw new IllegalArgumentException(
                    "not two versions of one contribution: " + previous.key() + " and " + current.key());
        }
        Versions versions = new Versions(previous, current);
        return new ContributionDiff(previous == null, List.of(
                versions.scalar("pillar", Contribution::pillar),
                versions.scalar("areaName", Contribution::areaName),
                versions.scalar("summary", Contribution::summary),
                versions.list("outcomes", Contribution::outcomes, RowShape.TEXT),
                versions.list("roles", Contribution::roles, RowShape.ROLE),
                versions.list("eventsHosted", Contribution::eventsHosted, RowShape.EVENT),
                versions.list("initiatives", Contribution::initiatives, RowShape.INITIATIVE),
                versions.list("difficulties", Contribution::difficulties, RowShape.TEXT),
                versions.list("recommendations", Contribution::recommendations, RowShape.TEXT),
                versions.list("nextYear.priorities", c -> c.nextYear().priorities(), RowShape.TEXT),
                versions.list("nextYear.plannedEvents", c -> c.nextYear().plannedEvents(), RowShape.EVENT),
                versions.scalar("language", Contribution::language)));
    }

    public SectionDiff section(String field) {
        return sections.stream().filter(section -> section.field().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + field));
    }

    public int changedSections() {
        return (int) sections.stream().filter(SectionDiff::changed).count();
    }

    public boolean hasChanges() {
        return sections.stream().anyMatch(SectionDiff::changed);
    }

    private record Versions(Contribution previous, Contribution current) {

        SectionDiff scalar(String field, Function<Contribution, String> value) {
            return SectionDiff.scalar(field, previous == null ? null : value.apply(previous), value.apply(current));
        }

        <T> SectionDiff list(String field, Function<Contribution, List<T>> rows, RowShape<T> shape) {
            List<T> before = previous == null ? List.of() : rows.apply(previous);
            return SectionDiff.list(field, shape, RowMatcher.diff(before, rows.apply(current), shape));
        }
    }
}
