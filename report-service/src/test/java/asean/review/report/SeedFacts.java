package asean.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * What each seed article says, by the section of the brief it belongs in, as the example data of
 * deploy/examples carry it. Checks a brief's text (from any format) section by section.
 */
public final class SeedFacts {

    private static final Map<Integer, List<List<String>>> FACTS = Map.of(
            2024, List.of(
                    List.of("Lao PDR", "ASEAN: Advancing Connectivity and Resilience",
                            "Regional growth forecast: 4.5% in 2024, 4.7% in 2025", "Đỗ Hùng Việt", "Hà Nội",
                            "ASEAN Community Vision 2045"),
                    List.of("solidarity and unity", "defence cooperation", "transnational crime",
                            "judicial and legal cooperation", "care economy", "ASEAN-UK dialogue relations"),
                    List.of("ASEAN-EU economic relations", "ASEAN Customs (Directors-General of Customs)",
                            "ASEAN Sustainable Finance Task Force", "ASEAN-New Zealand dialogue relations"),
                    List.of("Đà Nẵng", "MOLISA"),
                    List.of("ASEAN Future Forum 2025"),
                    List.of("inter-pillar coordination mechanism", "capacity of officials",
                            "benefits of ASEAN membership"),
                    List.of("30th anniversary of Viet Nam's ASEAN membership", "ASEAN Master Plan 2025",
                            "Building a united, resilient and inclusive ASEAN Community in a changing world"),
                    List.of("Ministry of Labour, Invalids and Social Affairs (MOLISA)",
                            "Ministry of Education and Training (MOET)")),
            2022, List.of(
                    List.of("Cambodia", "ASEAN A.C.T.: Addressing Challenges Together", "more than 5%",
                            "Bùi Thanh Sơn", "India", "Canada", "Post-2025 Vision"),
                    List.of("comprehensive recovery", "digital economy", "circular economy", "energy transition",
                            "food security", "information security"),
                    List.of("ASEAN Armies Chiefs Multilateral Meeting"),
                    List.of("23rd ASEAN Armies Chiefs Multilateral Meeting (ACAMM-23)", "ASEAN Law Forum 2022",
                            "ASEAN Conference on Civil Service Matters (ACCSM)", "ASEAN Education Ministers Meeting"),
                    List.of("Practical initiatives proposed"),
                    List.of("Reform the coordination mechanism between ministries and sectors"),
                    List.of("ASEAN centrality", "Post-2025 Vision"),
                    List.of("Ministry of Planning and Investment (MPI)",
                            "Ministry of Information and Communications (MIC)")));

    private SeedFacts() {
    }

    /** Asserts that each fact of {@code year} is in its section of {@code text}, the sections in order. */
    public static void assertInTheirSections(int year, String text, List<String> sectionTitles) {
        String flat = text.replaceAll("\\s+", " ");
        List<List<String>> facts = FACTS.get(year);
        int from = 0;
        for (int i = 0; i < sectionTitles.size(); i++) {
            int start = flat.indexOf(sectionTitles.get(i), from);
            assertThat(start).as("section '" + sectionTitles.get(i) + "'").isGreaterThanOrEqualTo(from);
            int end = i + 1 < sectionTitles.size() ? flat.indexOf(sectionTitles.get(i + 1), start) : flat.length();
            assertThat(end).as("section after '" + sectionTitles.get(i) + "'").isGreaterThan(start);
            assertThat(flat.substring(start, end)).as(sectionTitles.get(i)).contains(facts.get(i));
            from = end;
        }
    }

    /** The English section titles of the brief of {@code year}, numbered as in every format. */
    public static List<String> englishSections(int year) {
        return List.of("1. ASEAN in " + year, "2. Participation by pillar", "3. Leadership roles",
                "4. Events hosted", "5. Initiatives", "6. Difficulties and recommendations",
                "7. Orientations for " + (year + 1), "8. Annex: submission status");
    }

    /** The Indonesian section titles of the brief of {@code year}, in the words of the 2022 seed article. */
    public static List<String> indonesianSections(int year) {
        return List.of("1. ASEAN pada tahun " + year, "2. Partisipasi menurut pilar", "3. Peran kepemimpinan",
                "4. Kegiatan yang diselenggarakan", "5. Prakarsa", "6. Kesulitan dan rekomendasi",
                "7. Orientasi untuk tahun " + (year + 1), "8. Lampiran: status penyampaian laporan");
    }
}
