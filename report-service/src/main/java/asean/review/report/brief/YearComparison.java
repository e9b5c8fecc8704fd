package asean.review.report.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import asean.review.contract.Contribution;
import asean.review.contract.InitiativeStatus;
import asean.review.contract.Pillar;
import asean.review.contract.ReferenceData;
import asean.review.contract.RoleKind;
import asean.review.contract.api.RegisteredContribution;
import asean.review.report.brief.Brief.Absence;
import asean.review.report.brief.Brief.PillarCount;
import asean.review.report.brief.Brief.RoleRow;
import asean.review.report.brief.Brief.Tally;
import asean.review.report.brief.Brief.YearOverYear;

/** Compares a year's accepted contributions with the previous year's. A pure function of its inputs. */
final class YearComparison {

    private final ReferenceData reference;
    private final int year;
    private final Function<String, Brief.Ministry> ministry;

    private YearComparison(ReferenceData reference, int year, Function<String, Brief.Ministry> ministry) {
        this.reference = reference;
        this.year = year;
        this.ministry = ministry;
    }

    static YearOverYear compare(BriefInputs inputs, List<Contribution> current,
            Function<String, Brief.Ministry> ministry) {
        List<Contribution> previous = inputs.previousYear().stream().map(RegisteredContribution::contribution)
                .filter(c -> c.year() == inputs.year() - 1).toList();
        return new YearComparison(new ReferenceData(inputs.reference()), inputs.year(), ministry)
                .compare(previous, current);
    }

    private YearOverYear compare(List<Contribution> previous, List<Contribution> current) {
        List<PillarCount> byPillar = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            byPillar.add(new PillarCount(pillar, count(previous, pillar), count(current, pillar)));
        }
        Map<String, RoleRow> rolesThen = roles(previous);
        Map<String, RoleRow> rolesNow = roles(current);
        return new YearOverYear(year - 1, !previous.isEmpty(), byPillar, tally(previous), tally(current),
                absentFrom(rolesNow, rolesThen), absentFrom(rolesThen, rolesNow), noLongerReporting(previous, current));
    }

    private static int count(List<Contribution> contributions, Pillar pillar) {
        return (int) contributions.stream().filter(c -> pillar.name().equals(c.pillar())).count();
    }

    private static Tally tally(List<Contribution> contributions) {
        return new Tally(
                (int) contributions.stream().map(Contribution::ministry).distinct().count(),
                contributions.size(),
                contributions.stream().mapToInt(c -> c.roles().size()).sum(),
                contributions.stream().mapToInt(c -> c.eventsHosted().size()).sum(),
                (int) contributions.stream().flatMap(c -> c.initiatives().stream())
                        .filter(i -> InitiativeStatus.ADOPTED.name().equals(i.status())).count());
    }

    /**
     * Each role held, by its mechanism's name as written (ignoring case and spacing) and its kind: a vice-chair who
     * becomes chair ends one role and begins another.
     */
    private Map<String, RoleRow> roles(List<Contribution> contributions) {
        Map<String, RoleRow> roles = new HashMap<>();
        for (Contribution c : contributions) {
            for (Contribution.Role role : c.roles()) {
                roles.putIfAbsent(normalized(role.mechanism()) + "|" + role.role(), new RoleRow(role.mechanism(),
                        RoleKind.valueOf(role.role()), role.partner(), ministry.apply(c.ministry()), role.term(),
                        null));
            }
        }
        return roles;
    }

    private static List<RoleRow> absentFrom(Map<String, RoleRow> these, Map<String, RoleRow> others) {
        return these.entrySet().stream().filter(e -> !others.containsKey(e.getKey())).map(Map.Entry::getValue)
                .sorted(Comparator.comparing(r -> r.mechanism().toLowerCase(Locale.ROOT))).toList();
    }

    private List<Absence> noLongerReporting(List<Contribution> previous, List<Contribution> current) {
        Set<String> reportingNow = current.stream().map(Contribution::ministry).collect(Collectors.toSet());
        Set<String> reportedThen = previous.stream().map(Contribution::ministry)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Absence> absent = new ArrayList<>();
        for (String code : reportedThen.stream().sorted().toList()) {
            String successor = successorIn(code);
            if (!reportingNow.contains(successor)) {
                Brief.Ministry now = successor.equals(code) ? null : ministry.apply(successor);
                absent.add(new Absence(ministry.apply(code), now));
            }
        }
        return absent;
    }

    /**
     * The ministry that carries {@code code}'s work at the end of this year: itself, or what it was merged into (MIC
     * closed on 28 February 2025: MOST carries its work in 2025).
     */
    private String successorIn(String code) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        String successor = code;
        for (int step = 0; step < 10; step++) {
            Optional<ReferenceData.Ministry> known = reference.ministry(successor);
            if (known.isEmpty() || known.get().mergedInto() == null || known.get().validTo() == null
                    || !known.get().validTo().isBefore(endOfYear)) {
                return successor;
            }
            successor = known.get().mergedInto();
        }
        return successor;
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
