package asean.review.report.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import asean.review.report.chart.BarChart.Bar;
import asean.review.report.chart.BarChart.Orientation;

/**
 * The brief's three charts in Vietnamese, an empty one, one in English with a long label, and where the tests leave
 * files for a person to look at.
 */
final class ChartSamples {

    static final Path OUTPUT = Path.of("target", "charts");

    private ChartSamples() {
    }

    static BarChart pillars() {
        return new BarChart("Tham gia theo trụ cột", "Số báo cáo đã đăng ký năm 2024, theo trụ cột.",
                "Chưa có báo cáo nào.", Orientation.HORIZONTAL, List.of(
                        new Bar("Cộng đồng Chính trị - An ninh", 14),
                        new Bar("Cộng đồng Kinh tế", 23),
                        new Bar("Cộng đồng Văn hóa - Xã hội", 9),
                        new Bar("Quan hệ đối ngoại", 6),
                        new Bar("Hợp tác liên trụ cột", 2)));
    }

    static BarChart months() {
        int[] events = {1, 0, 3, 5, 2, 0, 4, 8, 6, 3, 11, 2};
        return new BarChart("Sự kiện đăng cai theo tháng", "Số sự kiện Việt Nam đăng cai năm 2024, theo tháng.",
                "Chưa có sự kiện nào.", Orientation.VERTICAL,
                IntStream.range(0, 12).mapToObj(i -> new Bar("Tháng " + (i + 1), events[i])).toList());
    }

    static BarChart completeness() {
        return new BarChart("Tình hình nộp báo cáo", "Các bộ, ngành phải báo cáo năm 2024, theo tình hình nộp.",
                "Chưa có bộ, ngành nào phải báo cáo.", Orientation.HORIZONTAL, List.of(
                        new Bar("Đúng hạn", 18),
                        new Bar("Muộn", 4),
                        new Bar("Chưa nộp", 3)));
    }

    static BarChart empty() {
        return new BarChart("Sự kiện đăng cai theo tháng", "Số sự kiện Việt Nam đăng cai năm 2025, theo tháng.",
                "Chưa có sự kiện nào để hiển thị.", Orientation.VERTICAL,
                IntStream.rangeClosed(1, 12).mapToObj(m -> new Bar("Tháng " + m, 0)).toList());
    }

    /** English, with a label too long for one line beside the bars. */
    static BarChart wrapped() {
        return new BarChart("Participation by pillar", "Contributions registered in 2024, by pillar.",
                "No contributions yet.", Orientation.HORIZONTAL, List.of(
                        new Bar("Political-Security Community", 1204),
                        new Bar("Economic Community", 987),
                        new Bar("Socio-Cultural Community", 45),
                        new Bar("External relations", 0),
                        new Bar("Cross-pillar cooperation (connectivity, Community Vision 2045, Master Plans)", 3)));
    }

    static List<BarChart> all() {
        return List.of(pillars(), months(), completeness(), empty(), wrapped());
    }

    static Path write(String name, byte[] bytes) {
        try {
            Files.createDirectories(OUTPUT);
            return Files.write(OUTPUT.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
