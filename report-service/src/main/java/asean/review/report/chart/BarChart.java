package asean.review.report.chart;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A bar chart as the brief shows it: every text already in the reader's language.
 *
 * @param title shown above the bars and used as the chart's accessible name
 * @param description the sentence that opens the text alternative, e.g. "Contributions registered in 2024, by
 *        pillar."
 * @param noData what the chart says when every value is zero, e.g. "No contributions yet."
 * @param orientation horizontal bars suit long labels (pillars, ministries); vertical ones a short series (months)
 * @param bars in the order they are drawn
 */
public record BarChart(String title, String description, String noData, Orientation orientation, List<Bar> bars) {

    public enum Orientation { HORIZONTAL, VERTICAL }

    /** One bar: a label and a count, never negative. */
    public record Bar(String label, int value) {
        public Bar {
            Objects.requireNonNull(label, "label");
            if (value < 0) {
                throw new IllegalArgumentException("a bar's value cannot be negative: " + label + " " + value);
            }
        }
    }

    public BarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(noData, "noData");
        Objects.requireNonNull(orientation, "orientation");
        bars = List.copyOf(bars);
    }

    /** True when there is nothing to draw: no bars, or every value zero. */
    public boolean isEmpty() {
        return bars.stream().allMatch(bar -> bar.value() == 0);
    }

    public int maxValue() {
        return bars.stream().mapToInt(Bar::value).max().orElse(0);
    }

    /**
     * The chart in words, for whoever cannot see it: the description, then each label with its value, e.g.
     * "Contributions registered in 2024, by pillar. Economic Community: 12; Cross-pillar cooperation: 3."; an empty
     * chart's description is followed by its {@link #noData} text.
     */
    public String textAlternative() {
        if (isEmpty()) {
            return description + " " + noData;
        }
        return description + " " + bars.stream()
                .map(bar -> bar.label() + ": " + bar.value())
                .collect(Collectors.joining("; ", "", "."));
    }
}
