package asean.review.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import asean.review.report.chart.BarChart.Bar;
import asean.review.report.chart.BarChart.Orientation;
import asean.review.report.chart.Drawing.Box;
import asean.review.report.chart.Drawing.Rule;
import asean.review.report.chart.Drawing.Text;

class ChartLayoutTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @ParameterizedTest(name = "at {0} points")
    @ValueSource(floats = {ChartLayout.WIDTH, 493, 200})
    void nothingIsDrawnOutsideTheChart(float width) {
        for (BarChart chart : withLongLabels()) {
            Drawing drawing = ChartLayout.lay(chart, width);
            assertThat(drawing.width()).isEqualTo(width);
            for (Text text : texts(drawing)) {
                assertThat(text.left()).as("left of %s", text.text()).isGreaterThanOrEqualTo(0);
                assertThat(text.right()).as("right of %s", text.text()).isLessThanOrEqualTo(width);
                assertThat(text.y() - text.size()).as("top of %s", text.text()).isGreaterThanOrEqualTo(0);
                assertThat(text.y() + text.size() * 0.25f).as("foot of %s", text.text())
                        .isLessThanOrEqualTo(drawing.height());
            }
            for (Box box : boxes(drawing)) {
                assertThat(box.x()).isGreaterThanOrEqualTo(0);
                assertThat(box.x() + box.width()).isLessThanOrEqualTo(width);
                assertThat(box.y() + box.height()).isLessThanOrEqualTo(drawing.height());
            }
        }
    }

    @Test
    void horizontalBarsAreAsLongAsTheirValuesWithLabelsBeforeAndValuesAfter() {
        Drawing drawing = ChartLayout.lay(ChartSamples.pillars(), ChartLayout.WIDTH);
        List<Box> boxes = boxes(drawing);
        assertThat(boxes).hasSize(5);
        float axis = boxes.get(0).x();
        assertThat(boxes).allSatisfy(box -> assertThat(box.x()).isEqualTo(axis));
        float unit = boxes.get(1).width() / 23;
        int[] values = {14, 23, 9, 6, 2};
        for (int i = 0; i < values.length; i++) {
            assertThat(boxes.get(i).width()).isCloseTo(values[i] * unit, within(0.01f));
        }
        Rule baseline = rules(drawing).get(0);
        assertThat(baseline.x1()).isEqualTo(axis);
        assertThat(baseline.y1()).isLessThan(boxes.get(0).y());
        assertThat(baseline.y2()).isGreaterThan(boxes.get(4).y() + boxes.get(4).height());
        for (Text text : texts(drawing)) {
            if (text.bold() && !text.text().equals(ChartSamples.pillars().title())) {
                assertThat(text.left()).as("value %s after its bar", text.text()).isGreaterThan(axis);
            } else if (!text.bold()) {
                assertThat(text.right()).as("label %s before the baseline", text.text()).isLessThan(axis);
            }
        }
    }

    @Test
    void verticalLabelsAndValuesDoNotOverlapTheirNeighbours() {
        Drawing drawing = ChartLayout.lay(ChartSamples.months(), ChartLayout.WIDTH);
        assertThat(boxes(drawing)).hasSize(10);
        List<Text> lines = texts(drawing).stream().filter(text -> !text.bold())
                .sorted(Comparator.comparing(Text::y).thenComparing(Text::x)).toList();
        for (int i = 1; i < lines.size(); i++) {
            Text before = lines.get(i - 1);
            Text after = lines.get(i);
            if (before.y() == after.y()) {
                assertThat(before.right()).as("%s beside %s", before.text(), after.text()).isLessThan(after.left());
            }
        }
        assertThat(lines).extracting(Text::text).contains("Tháng", "12");
    }

    @ParameterizedTest(name = "at {0} points")
    @ValueSource(floats = {ChartLayout.WIDTH, 493})
    void verticalLabelsAllBreakAlikeWhenOneMust(float width) {
        List<Text> labels = texts(ChartLayout.lay(ChartSamples.months(), width)).stream()
                .filter(text -> !text.bold()).toList();
        assertThat(labels).extracting(Text::text).containsExactly("Tháng", "1", "Tháng", "2", "Tháng", "3", "Tháng",
                "4", "Tháng", "5", "Tháng", "6", "Tháng", "7", "Tháng", "8", "Tháng", "9", "Tháng", "10", "Tháng", "11",
                "Tháng", "12");
        BarChart shortLabels = new BarChart("T", "D.", "N.", Orientation.VERTICAL,
                List.of(new Bar("Th 1", 1), new Bar("Th 2", 2)));
        assertThat(texts(ChartLayout.lay(shortLabels, width))).extracting(Text::text).contains("Th 1", "Th 2");
    }

    @Test
    void anEmptyChartHasNoBarsAndSaysSo() {
        Drawing drawing = ChartLayout.lay(ChartSamples.empty(), ChartLayout.WIDTH);
        assertThat(boxes(drawing)).isEmpty();
        assertThat(texts(drawing)).extracting(Text::text)
                .containsExactly("Sự kiện đăng cai theo tháng", "Chưa có sự kiện nào để hiển thị.");
    }

    @Test
    void aWordWiderThanTheLabelColumnIsCutRatherThanClipped() {
        assertThat(LineBreaker.lines("Cộng đồng Kinh tế", 1000, 9, false)).containsExactly("Cộng đồng Kinh tế");
        assertThat(LineBreaker.lines("Cộng đồng Kinh tế", 50, 9, false)).containsExactly("Cộng đồng", "Kinh tế");
        List<String> cut = LineBreaker.lines("Aaaaaaaaaaaaaaaaaaaaaaaaaaaa", 40, 9, false);
        assertThat(cut).hasSizeGreaterThan(1);
        assertThat(String.join("", cut)).isEqualTo("Aaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertThat(cut).allSatisfy(line -> assertThat(ChartFonts.width(line, 9, false)).isLessThanOrEqualTo(40));
    }

    private static List<BarChart> withLongLabels() {
        BarChart longTexts = new BarChart(
                "Một tiêu đề rất dài để xem tiêu đề có xuống dòng đúng cách khi biểu đồ hẹp không", "D.", "Không có gì.", Orientation.HORIZONTAL, List.of(
                        new Bar("Bộ Nông nghiệp và Phát triển nông thôn, Bộ Tài nguyên và Môi trường (hợp nhất)", 1234),
                        new Bar("Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 1),
                        new Bar("AEC", 0)));
        BarChart manyMonths = new BarChart("Theo tháng", "D.", "Không có gì.", Orientation.VERTICAL,
                List.of(new Bar("Tháng Mười Hai", 100_000), new Bar("Th2", 3)));
        return List.of(ChartSamples.pillars(), ChartSamples.months(), ChartSamples.completeness(),
                ChartSamples.empty(), longTexts, manyMonths);
    }

    static List<Text> texts(Drawing drawing) {
        return drawing.marks().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    static List<Box> boxes(Drawing drawing) {
        return drawing.marks().stream().filter(Box.class::isInstance).map(Box.class::cast).toList();
    }

    static List<Rule> rules(Drawing drawing) {
        return drawing.marks().stream().filter(Rule.class::isInstance).map(Rule.class::cast).toList();
    }
}
