package asean.review.report.chart;

import java.util.ArrayList;
import java.util.List;

import asean.review.report.chart.BarChart.Bar;
import asean.review.report.chart.Drawing.Anchor;
import asean.review.report.chart.Drawing.Box;
import asean.review.report.chart.Drawing.Mark;
import asean.review.report.chart.Drawing.Rule;
import asean.review.report.chart.Drawing.Text;

/**
 * Lays a chart out at a width in points: its title, then the bars with their labels and values, the height
 * following from the content. Text sizes are those of the printed brief's tables, so a chart drawn at the width of
 * the page's text reads like the text around it.
 */
final class ChartLayout {

    /** The width of the text on an A4 page in Word with its default margins (the DOCX brief), in points. */
    static final float WIDTH = 451;
    static final float MARGIN = 4;
    static final float TITLE_SIZE = 11;
    static final float TEXT_SIZE = 9;
    private static final float LINE = 1.3f;
    /** A horizontal bar's thickness and the room between two rows. */
    private static final float BAR = 14, ROW_GAP = 7;
    /** How far labels and values keep from the baseline and from the bar's end. */
    private static final float PAD = 5;
    /** The share of the width that labels beside horizontal bars may take before they wrap. */
    private static final float LABEL_SHARE = 0.42f;
    private static final float PLOT_HEIGHT = 140;
    private static final float MIN_BAR = 1.5f;

    private final BarChart chart;
    private final float width;
    private final List<Mark> marks = new ArrayList<>();
    private float y = MARGIN;

    private ChartLayout(BarChart chart, float width) {
        this.chart = chart;
        this.width = width;
    }

    static Drawing lay(BarChart chart, float width) {
        if (width < 120) {
            throw new IllegalArgumentException("a chart needs at least 120 points of width, not " + width);
        }
        return new ChartLayout(chart, width).lay();
    }

    private Drawing lay() {
        title();
        if (chart.isEmpty()) {
            nothingToShow();
        } else if (chart.orientation() == BarChart.Orientation.HORIZONTAL) {
            horizontal();
        } else {
            vertical();
        }
        return new Drawing(width, y + MARGIN, marks);
    }

    private float inner() {
        return width - 2 * MARGIN;
    }

    private void title() {
        for (String line : LineBreaker.lines(chart.title(), inner(), TITLE_SIZE, true)) {
            y += TITLE_SIZE * LINE;
            marks.add(new Text(MARGIN, y - TITLE_SIZE * (LINE - 1), line, TITLE_SIZE, true, Anchor.START));
        }
        y += TITLE_SIZE * 0.8f;
    }

    private void nothingToShow() {
        for (String line : LineBreaker.lines(chart.noData(), inner(), TEXT_SIZE + 1, false)) {
            y += (TEXT_SIZE + 1) * LINE;
            marks.add(new Text(width / 2, y, line, TEXT_SIZE + 1, false, Anchor.MIDDLE));
        }
        y += TEXT_SIZE;
    }

    /** Labels right-aligned against the baseline on the left, values after the end of each bar. */
    private void horizontal() {
        float valueWidth = widestValue();
        float labelWidth = labelColumn(valueWidth);
        float axis = MARGIN + labelWidth + PAD;
        float longest = width - MARGIN - valueWidth - PAD - axis;
        float line = TEXT_SIZE * LINE;
        float top = y;
        for (Bar bar : chart.bars()) {
            List<String> lines = LineBreaker.lines(bar.label(), labelWidth, TEXT_SIZE, false);
            float rowHeight = Math.max(BAR, lines.size() * line);
            float middle = y + rowHeight / 2;
            float baseline = middle + ChartFonts.capHeight(TEXT_SIZE) / 2;
            float firstLine = baseline - (lines.size() - 1) * line / 2;
            for (int i = 0; i < lines.size(); i++) {
                marks.add(new Text(axis - PAD, firstLine + i * line, lines.get(i), TEXT_SIZE, false, Anchor.END));
            }
            float length = length(bar.value(), longest);
            if (length > 0) {
                marks.add(new Box(axis, middle - BAR / 2, length, BAR));
            }
            marks.add(new Text(axis + length + PAD, baseline, String.valueOf(bar.value()), TEXT_SIZE, true,
                    Anchor.START));
            y += rowHeight + ROW_GAP;
        }
        y -= ROW_GAP;
        marks.add(new Rule(axis, top - 2, axis, y + 2));
        y += 2;
    }

    /**
     * As wide as the widest label, up to a share of the width (longer labels wrap), but never narrower than its
     * widest word, so that words are not cut unless they could not fit at all.
     */
    private float labelColumn(float valueWidth) {
        LabelWidths widths = labelWidths();
        float mostRoom = inner() - valueWidth - 3 * PAD - inner() * 0.25f;
        float share = Math.max(inner() * LABEL_SHARE, Math.min(widths.word(), mostRoom));
        return Math.min(widths.label(), share);
    }

    /** Values above the bars, labels under the baseline, each centred on its bar's column. */
    private void vertical() {
        int count = chart.bars().size();
        float column = inner() / count;
        float barWidth = Math.min(column * 0.6f, 40);
        float line = TEXT_SIZE * LINE;
        float baseline = y + line + PLOT_HEIGHT;
        float labelWidth = verticalLabelWidth(column - 2);
        int mostLines = 0;
        for (int i = 0; i < count; i++) {
            Bar bar = chart.bars().get(i);
            float centre = MARGIN + column * (i + 0.5f);
            float height = length(bar.value(), PLOT_HEIGHT);
            if (height > 0) {
                marks.add(new Box(centre - barWidth / 2, baseline - height, barWidth, height));
            }
            marks.add(new Text(centre, baseline - height - PAD + 1, String.valueOf(bar.value()), TEXT_SIZE, true,
                    Anchor.MIDDLE));
            List<String> lines = LineBreaker.lines(bar.label(), labelWidth, TEXT_SIZE, false);
            for (int l = 0; l < lines.size(); l++) {
                marks.add(new Text(centre, baseline + PAD + (l + 1) * line - (line - TEXT_SIZE), lines.get(l),
                        TEXT_SIZE, false, Anchor.MIDDLE));
            }
            mostLines = Math.max(mostLines, lines.size());
        }
        marks.add(new Rule(MARGIN, baseline, width - MARGIN, baseline));
        y = baseline + PAD + mostLines * line;
    }

    /**
     * The column's width if every label fits on one line; else that of the widest word, so that all labels break
     * alike ("Tháng / 9" beside "Tháng / 10", not "Tháng 9" beside it).
     */
    private float verticalLabelWidth(float column) {
        LabelWidths widths = labelWidths();
        return widths.label() <= column ? column : Math.min(column, widths.word());
    }

    /** The widest label on one line, and the widest of their words. */
    private record LabelWidths(float label, float word) {
    }

    private LabelWidths labelWidths() {
        float label = 0;
        float word = 0;
        for (Bar bar : chart.bars()) {
            label = Math.max(label, ChartFonts.width(bar.label().strip(), TEXT_SIZE, false));
            word = Math.max(word, LineBreaker.widestWord(bar.label(), TEXT_SIZE, false));
        }
        return new LabelWidths(label, word);
    }

    private float length(int value, float longest) {
        if (value == 0) {
            return 0;
        }
        return Math.max(MIN_BAR, longest * value / chart.maxValue());
    }

    private float widestValue() {
        float widest = 0;
        for (Bar bar : chart.bars()) {
            widest = Math.max(widest, ChartFonts.width(String.valueOf(bar.value()), TEXT_SIZE, true));
        }
        return widest;
    }
}
