package asean.review.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reference data of one country's coordination office: its ministries (with the dates they
 * existed), the ASEAN areas and the ASEAN chairs. Loaded from data files by {@link ReferenceDataLoader}.
 */
public final class ReferenceData {

    public static final String OTHER_AREA = "OTHER";

    private final Country country;
    private final Map<String, Ministry> ministries;
    private final Map<String, Area> areas;
    private final Map<Integer, Chair> chairs;

    public ReferenceData(Dataset dataset) {
        this(dataset.country(), dataset.ministries(), dataset.areas(), dataset.chairs());
    }

    public ReferenceData(Country country, List<Ministry> ministries, List<Area> areas, List<Chair> chairs) {
        this.country = country;
        this.ministries = ordered(ministries, Ministry::code);
        this.areas = ordered(areas, Area::code);
        this.chairs = ordered(chairs, Chair::year);
    }

    private static <K, V> Map<K, V> ordered(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> {
            throw new IllegalArgumentException("duplicate reference entry " + key.apply(a));
        }, java.util.LinkedHashMap::new));
    }

    /** Everything, as one value: what the registry serves and the report reads back. */
    public Dataset dataset() {
        return new Dataset(country, ministries(), areas(), chairs());
    }

    public Country country() {
        return country;
    }

    public List<Ministry> ministries() {
        return List.copyOf(ministries.values());
    }

    /** Ministries that existed at some time during {@code year}. */
    public List<Ministry> ministriesIn(int year) {
        return ministries.values().stream().filter(m -> m.existedIn(year)).toList();
    }

    public Optional<Ministry> ministry(String code) {
        return Optional.ofNullable(ministries.get(code));
    }

    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    public List<Chair> chairs() {
        return List.copyOf(chairs.values());
    }

    public Optional<Chair> chair(int year) {
        return Optional.ofNullable(chairs.get(year));
    }

    public record Dataset(Country country, List<Ministry> ministries, List<Area> areas, List<Chair> chairs) {
    }

    /** The reporting country; deadlines are days in its time zone. */
    public record Country(String code, String name, String nameLocal, String timeZone) {
    }

    public record Ministry(String code, String name, String nameLocal, LocalDate validFrom, LocalDate validTo,
            String mergedInto) {

        public boolean existedIn(int year) {
            boolean startedBeforeEnd = validFrom == null || validFrom.getYear() <= year;
            boolean endedAfterStart = validTo == null || validTo.getYear() >= year;
            return startedBeforeEnd && endedAfterStart;
        }
    }

    public record Area(String code, String name, String pillar) {
    }

    public record Chair(int year, String country, String theme) {
    }
}
