package asean.review.report.brief;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import asean.review.contract.Contribution;
import asean.review.contract.EventLevel;
import asean.review.contract.InitiativeStatus;
import asean.review.contract.Pillar;
import asean.review.contract.ReferenceData;
import asean.review.contract.RoleKind;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;
import asean.review.report.brief.Brief.AnnexEntry;
import asean.review.report.brief.Brief.ReviewItem;
import asean.review.report.brief.Brief.AreaSection;
import asean.review.report.brief.Brief.EventRow;
import asean.review.report.brief.Brief.InitiativeRow;
import asean.review.report.brief.Brief.Ministry;
import asean.review.report.brief.Brief.MinistryReport;
import asean.review.report.brief.Brief.PillarPriorities;
import asean.review.report.brief.Brief.PillarSection;
import asean.review.report.brief.Brief.RoleRow;
import asean.review.report.brief.Brief.Statement;
import asean.review.report.brief.Brief.UsedContribution;

/**
 * Compiles a {@link Brief} from its inputs. A pure function: the same inputs give the same brief, bar
 * the generation time, and the revision is a hash of the inputs.
 */
public final class BriefCompiler {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private BriefCompiler() {
    }

    public static Brief compile(BriefInputs inputs, Instant generatedAt) {
        return compile(inputs, revision(inputs), generatedAt);
    }

    /** Compiles inputs whose {@link #revision(BriefInputs)} is already known. */
    public static Brief compile(BriefInputs inputs, String revision, Instant generatedAt) {
        Context context = new Context(inputs);
        ReferenceData.Country country = inputs.reference().country();
        return new Brief(
                inputs.year(),
                inputs.year() + 1,
                new Brief.Country(country.name(), country.nameLocal(), country.timeZone()),
                generatedAt,
                revision,
                aseanYear(inputs),
                participation(context),
                context.rowsByPillar(c -> c.roles().stream().map(r -> new RoleRow(r.mechanism(),
                        RoleKind.valueOf(r.role()), r.partner(), context.ministry(c), r.term(), context.source(c))),
                        Comparator.comparing(RoleRow::mechanism)),
                context.rows(c -> c.eventsHosted().stream().map(e -> event(e, context, c)), EVENT_ORDER),
                context.rowsByPillar(c -> c.initiatives().stream().map(i -> new InitiativeRow(i.title(),
                        InitiativeStatus.valueOf(i.status()),
                        i.description(), context.ministry(c), context.source(c))),
                        Comparator.comparing(InitiativeRow::title)),
                context.statements(Contribution::difficulties),
                context.statements(Contribution::recommendations),
                new Brief.Orientations(priorities(context),
                        context.rows(c -> c.nextYear().plannedEvents().stream()
                                .map(e -> event(e, context, c)), EVENT_ORDER)),
                annex(inputs, context),
                YearComparison.compare(inputs, context.sorted.stream().map(RegisteredContribution::contribution)
                        .toList(), context::ministry),
                null);
    }

    private static final Comparator<EventRow> EVENT_ORDER = Comparator.comparing(EventRow::date)
            .thenComparing(e -> e.ministry().code())
            .thenComparing(EventRow::name);

    private static EventRow event(Contribution.Event e, Context context, Contribution c) {
        return new EventRow(e.name(), e.date(), e.city(), e.level() == null ? null : EventLevel.valueOf(e.level()),
                context.ministry(c), context.source(c));
    }

    private static Brief.AseanYear aseanYear(BriefInputs inputs) {
        Optional<ReferenceData.Chair> chair = inputs.reference().chairs().stream()
                .filter(c -> c.year() == inputs.year()).findFirst();
        return inputs.cycle()
                .map(c -> new Brief.AseanYear(true, c.chair(), c.theme(), c.overview(), c.facts()))
                .orElseGet(() -> new Brief.AseanYear(false, chair.map(ReferenceData.Chair::country).orElse(null),
                        chair.map(ReferenceData.Chair::theme).orElse(null), null, List.of()));
    }

    private static List<PillarSection> participation(Context context) {
        List<PillarSection> sections = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            Map<String, List<Contribution>> byArea = new LinkedHashMap<>();
            for (RegisteredContribution r : context.sorted) {
                Contribution c = r.contribution();
                if (pillar.name().equals(c.pillar())) {
                    String areaKey = c.area() + (c.areaName() == null ? "" : ":" + c.areaName());
                    byArea.computeIfAbsent(areaKey, k -> new ArrayList<>()).add(c);
                }
            }
            List<AreaSection> areas = byArea.entrySet().stream()
                    .map(e -> new AreaSection(e.getKey(), context.areaName(e.getValue().get(0)), e.getValue().stream()
                            .map(c -> new MinistryReport(context.ministry(c), c.summary(), c.outcomes(), context.source(c)))
                            .toList()))
                    .toList();
            sections.add(new PillarSection(pillar, areas));
        }
        return sections;
    }

    private static List<PillarPriorities> priorities(Context context) {
        List<PillarPriorities> result = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            List<Statement> statements = context.sorted.stream()
                    .map(RegisteredContribution::contribution)
                    .filter(c -> pillar.name().equals(c.pillar()))
                    .flatMap(c -> c.nextYear().priorities().stream()
                            .map(p -> new Statement(context.ministry(c), p, context.source(c))))
                    .toList();
            if (!statements.isEmpty()) {
                result.add(new PillarPriorities(pillar, statements));
            }
        }
        return result;
    }

    private static Brief.Annex annex(BriefInputs inputs, Context context) {
        Map<String, List<UsedContribution>> used = new LinkedHashMap<>();
        for (RegisteredContribution r : context.sorted) {
            Contribution c = r.contribution();
            used.computeIfAbsent(c.ministry(), k -> new ArrayList<>()).add(new UsedContribution(
                    areaLabel(c), r.version(), r.submittedAt(), r.registeredAt(), r.version() > 1,
                    r.onBehalf() ? r.submittedBy() : null));
        }
        List<ReviewItem> notAccepted = inputs.notAccepted().stream()
                .sorted(Comparator.comparing((RegisteredContribution r) -> r.contribution().ministry())
                        .thenComparing(r -> r.contribution().area()))
                .map(r -> new ReviewItem(context.ministry(r.contribution().ministry()), areaLabel(r.contribution()),
                        r.version(), r.review().state(), r.submittedAt()))
                .toList();
        List<AnnexEntry> entries = new ArrayList<>();
        inputs.completeness().ifPresentOrElse(completeness -> {
            for (Completeness.MinistryStatus status : completeness.ministries()) {
                entries.add(new AnnexEntry(context.ministry(status.ministry()), status.expected(),
                        status.status(), used.getOrDefault(status.ministry(), List.of())));
            }
        }, () -> used.forEach((code, list) -> entries.add(new AnnexEntry(context.ministry(code), false, null, list))));
        return new Brief.Annex(inputs.cycle().map(Cycle::deadline).orElse(null), entries, notAccepted);
    }

    /** The area's code, or for an area filed as OTHER the name the ministry gave it. */
    private static String areaLabel(Contribution c) {
        return c.areaName() != null && ReferenceData.OTHER_AREA.equals(c.area()) ? c.areaName() : c.area();
    }

    /** A hash of everything the brief is built from: equal inputs, equal revision. */
    public static String revision(BriefInputs inputs) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(inputs));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the brief's inputs", e);
        }
    }

    /** The inputs indexed for compilation. */
    private static final class Context {
        private final List<RegisteredContribution> sorted;
        private final Map<String, ReferenceData.Ministry> ministries = new HashMap<>();
        private final Map<String, ReferenceData.Area> areas = new LinkedHashMap<>();
        private final Map<String, Integer> versions = new HashMap<>();

        Context(BriefInputs inputs) {
            inputs.reference().ministries().forEach(m -> ministries.put(m.code(), m));
            inputs.reference().areas().forEach(a -> areas.put(a.code(), a));
            List<String> areaOrder = List.copyOf(areas.keySet());
            this.sorted = inputs.contributions().stream()
                    .filter(r -> r.contribution().year() == inputs.year())
                    .sorted(Comparator
                            .comparingInt((RegisteredContribution r) -> pillarRank(r.contribution().pillar()))
                            .thenComparingInt(r -> areaRank(areaOrder, r.contribution().area()))
                            .thenComparing(r -> r.contribution().ministry())
                            .thenComparing(r -> String.valueOf(r.contribution().areaName())))
                    .toList();
            sorted.forEach(r -> versions.put(r.contribution().key(), r.version()));
        }

        Brief.Source source(Contribution c) {
            return new Brief.Source(c.ministry(), c.area(), versions.get(c.key()), c.language());
        }

        private static int pillarRank(String pillar) {
            return Pillar.valueOf(pillar).ordinal();
        }

        private static int areaRank(List<String> order, String area) {
            int rank = order.indexOf(area);
            return rank < 0 ? Integer.MAX_VALUE : rank;
        }

        Ministry ministry(Contribution c) {
            return ministry(c.ministry());
        }

        Ministry ministry(String code) {
            ReferenceData.Ministry m = ministries.get(code);
            return m == null ? new Ministry(code, code, code) : new Ministry(code, m.name(), m.nameLocal());
        }

        String areaName(Contribution c) {
            if (c.areaName() != null && !c.areaName().isBlank()) {
                return c.areaName();
            }
            ReferenceData.Area area = areas.get(c.area());
            return area == null ? c.area() : area.name();
        }

        /** The rows of each pillar's contributions in {@code order}, pillar after pillar. */
        <T> List<T> rowsByPillar(Function<Contribution, Stream<T>> rowsOf, Comparator<T> order) {
            List<T> rows = new ArrayList<>();
            for (Pillar pillar : Pillar.values()) {
                sorted.stream().map(RegisteredContribution::contribution)
                        .filter(c -> pillar.name().equals(c.pillar()))
                        .flatMap(rowsOf).sorted(order).forEach(rows::add);
            }
            return rows;
        }

        <T> List<T> rows(Function<Contribution, Stream<T>> rowsOf, Comparator<T> order) {
            return sorted.stream().map(RegisteredContribution::contribution).flatMap(rowsOf).sorted(order).toList();
        }

        List<Statement> statements(Function<Contribution, List<String>> texts) {
            return sorted.stream().map(RegisteredContribution::contribution)
                    .flatMap(c -> texts.apply(c).stream().map(t -> new Statement(ministry(c), t, source(c))))
                    .toList();
        }
    }
}
