package asean.review.report.chart;

import java.util.List;

/**
 * A chart laid out: what to draw and where, in points from the top left corner. The Graphics2D painter (PNG, PDF)
 * and the SVG writer both draw exactly these marks, so the three outputs cannot drift apart.
 */
record Drawing(float width, float height, List<Mark> marks) {

    /** Dark grey: reads as a solid bar on a black-and-white print, while black text beside it stays distinct. */
    static final int BAR_RGB = 0x404040;
    static final int INK_RGB = 0x111111;

    Drawing {
        marks = List.copyOf(marks);
    }

    sealed interface Mark permits Box, Rule, Text {
    }

    /** A filled bar. */
    record Box(float x, float y, float width, float height) implements Mark {
    }

    /** A one-point line: the baseline the bars grow from. */
    record Rule(float x1, float y1, float x2, float y2) implements Mark {
    }

    enum Anchor { START, MIDDLE, END }

    /** One line of text; {@code y} is its baseline, {@code x} where the anchor sits. */
    record Text(float x, float y, String text, float size, boolean bold, Anchor anchor) implements Mark {

        float left() {
            float width = ChartFonts.width(text, size, bold);
            return switch (anchor) {
                case START -> x;
                case MIDDLE -> x - width / 2;
                case END -> x - width;
            };
        }

        float right() {
            return left() + ChartFonts.width(text, size, bold);
        }
    }
}
