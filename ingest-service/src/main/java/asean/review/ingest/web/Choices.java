package asean.review.ingest.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import asean.review.contract.EventLevel;
import asean.review.contract.InitiativeStatus;
import asean.review.contract.Pillar;
import asean.review.contract.ReferenceData;
import asean.review.contract.RoleKind;

/** The pickers' options: codes from the contract and the reference data, each with the message key of its label. */
@ApplicationScoped
public class Choices {

    /** One option: the value the form posts and the message key of what the officer reads. */
    public record Option(String value, String labelKey) {
    }

    /** The areas of one pillar (or, for {@code pillar} null, those of none: OTHER). */
    public record AreaGroup(String pillar, List<ReferenceData.Area> areas) {

        public String labelKey() {
            return pillar == null ? "pillar_none" : "pillar_" + pillar;
        }
    }

    private final ReferenceData reference;

    public Choices(ReferenceData reference) {
        this.reference = reference;
    }

    public List<Option> pillars() {
        return options("pillar_", Pillar.values());
    }

    public List<Option> roleKinds() {
        return options("role_", RoleKind.values());
    }

    public List<Option> eventLevels() {
        return options("level_", EventLevel.values());
    }

    public List<Option> initiativeStatuses() {
        return options("status_", InitiativeStatus.values());
    }

    /** The areas of the reference data, grouped by pillar in the pillars' order, OTHER last. */
    public List<AreaGroup> areas() {
        Map<String, List<ReferenceData.Area>> byPillar = new LinkedHashMap<>();
        for (Pillar pillar : Pillar.values()) {
            byPillar.put(pillar.name(), new ArrayList<>());
        }
        List<ReferenceData.Area> none = new ArrayList<>();
        for (ReferenceData.Area area : reference.areas()) {
            if (area.pillar() == null || !byPillar.containsKey(area.pillar())) {
                none.add(area);
            } else {
                byPillar.get(area.pillar()).add(area);
            }
        }
        List<AreaGroup> groups = new ArrayList<>();
        byPillar.forEach((pillar, areas) -> {
            if (!areas.isEmpty()) {
                groups.add(new AreaGroup(pillar, areas));
            }
        });
        if (!none.isEmpty()) {
            groups.add(new AreaGroup(null, none));
        }
        return groups;
    }

    /** The text languages offered; a contribution written in another keeps its tag as an extra option. */
    public List<Option> languages(String current) {
        List<Option> languages = new ArrayList<>(List.of(new Option("vi", "language_vi"),
                new Option("en", "language_en")));
        if (current != null && !current.isBlank() && languages.stream().noneMatch(o -> o.value().equals(current))) {
            languages.add(new Option(current, "language_other"));
        }
        return languages;
    }

    public String areaName(String code) {
        return reference.area(code).map(ReferenceData.Area::name).orElse(Objects.toString(code, ""));
    }

    private static List<Option> options(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), prefix + v.name())).toList();
    }
}
