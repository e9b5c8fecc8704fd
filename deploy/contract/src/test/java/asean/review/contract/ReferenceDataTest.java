package asean.review.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {

    private static final ReferenceData.Country COUNTRY = new ReferenceData.Country("XX", "Example", "Example",
            "UTC");

    private static ReferenceData.Ministry ministry(String code, String from, String to) {
        return new ReferenceData.Ministry(code, code, code, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), null);
    }

    @Test
    void aMinistryExistedInEveryYearItExistedOnSomeDayOf() {
        ReferenceData.Ministry created = ministry("NEW", "2025-03-01", null);
        ReferenceData.Ministry merged = ministry("OLD", null, "2025-02-28");
        ReferenceData.Ministry shortLived = ministry("BRIEF", "2021-12-31", "2023-01-01");

        assertThat(created.existedIn(2024)).isFalse();
        assertThat(created.existedIn(2025)).isTrue();
        assertThat(merged.existedIn(2025)).isTrue();
        assertThat(merged.existedIn(2026)).isFalse();
        assertThat(shortLived.existedIn(2020)).isFalse();
        assertThat(shortLived.existedIn(2021)).isTrue();
        assertThat(shortLived.existedIn(2023)).isTrue();
        assertThat(shortLived.existedIn(2024)).isFalse();
        assertThat(ministry("ALWAYS", null, null).existedIn(2000)).isTrue();
    }

    @Test
    void everythingComesBackInTheOrderOfTheFilesAsOneDataset() {
        ReferenceData reference = ReferenceDataLoader.loadDefaults();
        ReferenceData.Dataset dataset = reference.dataset();

        assertThat(dataset.country()).isEqualTo(reference.country());
        assertThat(reference.country().timeZone()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(dataset.ministries()).isEqualTo(reference.ministries()).isNotEmpty();
        assertThat(dataset.ministries().get(0).code()).isEqualTo("MND");
        assertThat(dataset.areas()).isEqualTo(reference.areas()).isNotEmpty();
        assertThat(dataset.areas().get(0).code()).isEqualTo("SOM");
        assertThat(dataset.chairs()).isEqualTo(reference.chairs()).isNotEmpty();
        assertThat(reference.area(ReferenceData.OTHER_AREA)).isPresent();
        assertThat(reference.area("NOPE")).isEmpty();
        assertThat(reference.chair(1900)).isEmpty();
        assertThat(new ReferenceData(dataset).dataset()).isEqualTo(dataset);
    }

    @Test
    void aCodeGivenTwiceIsRefused() {
        assertThatThrownBy(() -> new ReferenceData(COUNTRY,
                List.of(ministry("MOFA", null, null), ministry("MOFA", "2020-01-01", null)), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MOFA");
    }

    @Test
    void anotherCountrysMinistriesAreReadFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ministries.json");
        Files.writeString(file, """
                {"country": {"code": "LA", "name": "Lao PDR", "nameLocal": "ລາວ", "timeZone": "Asia/Vientiane"},
                 "ministries": [{"code": "MOFA-LA", "name": "Ministry of Foreign Affairs", "nameLocal": "ກະຊວງການຕ່າງປະເທດ"}]}
                """);

        ReferenceData reference = ReferenceDataLoader.load(file.toString(), ReferenceDataLoader.DEFAULT_AREAS,
                ReferenceDataLoader.DEFAULT_CHAIRS);

        assertThat(reference.country().timeZone()).isEqualTo("Asia/Vientiane");
        assertThat(reference.ministries()).extracting(ReferenceData.Ministry::code).containsExactly("MOFA-LA");
        assertThat(reference.areas()).isEqualTo(ReferenceDataLoader.loadDefaults().areas());
    }

    @Test
    void aMissingFileIsNamedInTheError() {
        assertThatThrownBy(() -> ReferenceDataLoader.load("classpath:reference/nowhere.json",
                ReferenceDataLoader.DEFAULT_AREAS, ReferenceDataLoader.DEFAULT_CHAIRS))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("classpath:reference/nowhere.json");
    }
}
