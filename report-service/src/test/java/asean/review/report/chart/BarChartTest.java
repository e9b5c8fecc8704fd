package asean.review.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import asean.review.report.chart.BarChart.Bar;
import asean.review.report.chart.BarChart.Orientation;

class BarChartTest {

    @Test
    void textAlternativeIsTheDescriptionThenEveryLabelWithItsValue() {
        assertThat(ChartSamples.completeness().textAlternative()).isEqualTo(
                "Các bộ, ngành phải báo cáo năm 2024, theo tình hình nộp. Đúng hạn: 18; Muộn: 4; Chưa nộp: 3.");
    }

    @Test
    void anEmptyChartSaysThereIsNothingToShow() {
        assertThat(ChartSamples.empty().isEmpty()).isTrue();
        assertThat(ChartSamples.empty().textAlternative())
                .isEqualTo("Số sự kiện Việt Nam đăng cai năm 2025, theo tháng. Chưa có sự kiện nào để hiển thị.");
        BarChart noBars = new BarChart("T", "D.", "Nothing.", Orientation.HORIZONTAL, List.of());
        assertThat(noBars.isEmpty()).isTrue();
        assertThat(noBars.textAlternative()).isEqualTo("D. Nothing.");
    }

    @Test
    void aChartWithOneNonZeroBarIsNotEmpty() {
        BarChart chart = new BarChart("T", "D.", "Nothing.", Orientation.HORIZONTAL,
                List.of(new Bar("a", 0), new Bar("b", 1)));
        assertThat(chart.isEmpty()).isFalse();
        assertThat(chart.maxValue()).isEqualTo(1);
    }

    @Test
    void aNegativeValueIsRefused() {
        assertThatThrownBy(() -> new Bar("Muộn", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Muộn");
    }
}
